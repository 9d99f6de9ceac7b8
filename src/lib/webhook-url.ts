/**
 * Whether a webhook may be sent to `url`, and if not, why (a sentence for the API's error). In
 * production only `https` to a public host: no addresses of private, loopback, link-local or
 * shared networks written as IPs, no `localhost`, no credentials in the URL. In development,
 * `http` to a loopback address is allowed too, so a receiver on 127.0.0.1 can be tried.
 */
export function webhookUrlProblem(url: string, environment: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "Give a full URL, such as https://cms.example.org/hooks/intake.";
  }
  if (parsed.username || parsed.password) return "Put no user name or password in the URL.";
  const host = parsed.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  const loopback = isLoopback(host);
  if (loopback && environment === "development" && (parsed.protocol === "http:" || parsed.protocol === "https:"))
    return undefined;
  if (parsed.protocol !== "https:") return "Use an https:// URL.";
  if (loopback || isPrivateAddress(host) || !host.includes(".") || /\.(local|internal|localhost)$/.test(host))
    return "Use a public host name: private, loopback and local addresses are refused.";
  return undefined;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost") || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function isPrivateAddress(host: string): boolean {
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    );
  }
  // Any IPv6 literal: public services are reached by name.
  return host.includes(":");
}

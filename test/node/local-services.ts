import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * Real servers on 127.0.0.1 that stand for the world outside the Worker in tests, started once by
 * vitest.config.ts in Node: an SMTP server (what Workspace or Microsoft 365 would be), a stub of
 * Postmark's documented Email API, and a webhook receiver. Each keeps what reached it, and answers
 * `GET /__inspect` (the HTTP ones) so tests inside workerd can read it.
 *
 * Recipients steer the providers: `refused+…@…` is refused for good (SMTP 550 5.1.1, Postmark
 * ErrorCode 406 "inactive recipient"), `flaky+…@…` fails once as an outage (SMTP 451, Postmark
 * HTTP 500) and then goes through.
 */
export const SMTP_USER = "intake@example.org";
export const SMTP_PASSWORD = "smtp-test-password";
export const POSTMARK_TOKEN = "postmark-test-token";

type Received = { from: string; to: string[]; raw: string };

export async function startLocalServices() {
  const smtp = await startSmtp();
  const postmarkOrigin = await startHttp(postmarkStub());
  const webhookOrigin = await startHttp(webhookReceiver());
  return { smtpPort: smtp.port, smtpInspectOrigin: smtp.inspectOrigin, postmarkOrigin, webhookOrigin };
}

/** The SMTP server, and an HTTP port where tests read what it received: `{ received, attempts }`. */
async function startSmtp(): Promise<{ port: number; inspectOrigin: string }> {
  const received: Received[] = [];
  const attempts = new Map<string, number>();
  const server = new SMTPServer({
    authMethods: ["PLAIN", "LOGIN"],
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_USER && auth.password === SMTP_PASSWORD)
        return callback(null, { user: auth.username });
      callback(Object.assign(new Error("5.7.8 Authentication credentials invalid"), { responseCode: 535 }));
    },
    onRcptTo(address, _session, callback) {
      const tries = (attempts.get(address.address) ?? 0) + 1;
      attempts.set(address.address, tries);
      if (address.address.startsWith("refused+"))
        return callback(Object.assign(new Error("5.1.1 Mailbox unavailable"), { responseCode: 550 }));
      if (address.address.startsWith("flaky+") && tries === 1)
        return callback(Object.assign(new Error("4.3.0 Try again later"), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.server.address() as AddressInfo).port)),
  );
  server.server.unref();
  const inspectOrigin = await startHttp((_request, _body, response) =>
    json(response, 200, { received, attempts: Object.fromEntries(attempts) }),
  );
  return { port, inspectOrigin };
}

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

function startHttp(handler: Handler): Promise<string> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => handler(request, Buffer.concat(chunks).toString("utf8"), response));
  });
  server.unref();
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)),
  );
}

function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}

/** `POST /email` as https://postmarkapp.com/developer/api/email-api documents it. */
function postmarkStub(): Handler {
  const received: Array<Record<string, unknown>> = [];
  const attempts = new Map<string, number>();
  return (request, body, response) => {
    if (request.method === "GET" && request.url === "/__inspect")
      return json(response, 200, { received, attempts: Object.fromEntries(attempts) });
    if (request.method !== "POST" || request.url !== "/email") return json(response, 404, {});
    if (request.headers["x-postmark-server-token"] !== POSTMARK_TOKEN)
      return json(response, 401, { ErrorCode: 10, Message: "Bad or missing API token" });
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(body);
    } catch {
      return json(response, 422, { ErrorCode: 402, Message: "Invalid JSON" });
    }
    const to = String(message.To);
    const tries = (attempts.get(to) ?? 0) + 1;
    attempts.set(to, tries);
    if (to.startsWith("refused+"))
      return json(response, 422, {
        ErrorCode: 406,
        Message: `You tried to send to recipient(s) that have been marked as inactive. Found inactive addresses: ${to}.`,
      });
    if (to.startsWith("flaky+") && tries === 1) return json(response, 500, { ErrorCode: 0, Message: "Internal" });
    received.push({ ...message, headers: request.headers });
    json(response, 200, {
      To: to,
      SubmittedAt: new Date().toISOString(),
      MessageID: randomUUID(),
      ErrorCode: 0,
      Message: "OK",
    });
  };
}

/**
 * Receives webhooks at `/hooks/<name>` and keeps each delivery as it came (headers and raw body,
 * so tests can verify the signature). `POST /__status/<name>` with a status code in the body makes
 * that endpoint answer with it from then on (500 for an endpoint that is down).
 */
function webhookReceiver(): Handler {
  const deliveries: Array<{ name: string; headers: Record<string, string>; body: string; status: number }> = [];
  const statusOf = new Map<string, number>();
  return (request, body, response) => {
    const url = request.url ?? "";
    if (request.method === "GET" && url === "/__inspect") return json(response, 200, { deliveries });
    if (request.method === "POST" && url.startsWith("/__status/")) {
      statusOf.set(url.slice("/__status/".length), Number(body));
      return json(response, 200, {});
    }
    if (request.method !== "POST" || !url.startsWith("/hooks/")) return json(response, 404, {});
    const name = url.slice("/hooks/".length);
    const status = statusOf.get(name) ?? 200;
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.headers)) if (typeof value === "string") headers[key] = value;
    deliveries.push({ name, headers, body, status });
    response.writeHead(status).end();
  };
}

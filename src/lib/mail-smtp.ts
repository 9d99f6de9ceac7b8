import { LogLevel, WorkerMailer } from "worker-mailer";
import { MailFailure, type MailTransport } from "./mail-transport";

/** How the connection is secured: TLS from the start (port 465), STARTTLS (587), or none (a local relay). */
const securities = ["tls", "starttls", "none"] as const;

/**
 * The reply code in worker-mailer's error text (`Invalid RCPT TO: <…> 550 5.1.1 …`,
 * `Failed to plain authentication: 535 5.7.8 …`), read after the last `>` so that an address
 * cannot pass for one, with its enhanced status code when the server gives one.
 */
function replyOf(error: unknown): { code: string; permanent: boolean } | undefined {
  const text = String(error instanceof Error ? error.message : error);
  const reply = /(?:^|[\s:])([45]\d\d)(?:[ -]([45]\.\d{1,3}\.\d{1,3}))?/.exec(text.slice(text.lastIndexOf(">") + 1));
  if (!reply?.[1]) return undefined;
  return { code: `SMTP ${reply[1]}${reply[2] ? ` ${reply[2]}` : ""}`, permanent: reply[1].startsWith("5") };
}

function failure(error: unknown): MailFailure {
  const reply = replyOf(error);
  return reply ? new MailFailure(reply.code, reply.permanent) : new MailFailure("SMTP CONNECTION", false);
}

/**
 * SMTP over `cloudflare:sockets` (Google Workspace, Microsoft 365, any relay), one connection per
 * message, through worker-mailer. A 5xx reply (unknown or suppressed mailbox, quota, refused
 * credentials) is permanent; a 4xx reply or a broken connection is retried by the workflow step.
 * worker-mailer's own logging is off: its lines carry the recipient's address.
 */
export function smtpTransport(
  env: Pick<Env, "SMTP_HOST" | "SMTP_PORT" | "SMTP_SECURITY" | "SMTP_USER" | "SMTP_PASSWORD">,
): MailTransport {
  const security = securities.find((s) => s === env.SMTP_SECURITY) ?? "starttls";
  const port = Number(env.SMTP_PORT || (security === "tls" ? 465 : 587));
  if (!env.SMTP_HOST || !Number.isInteger(port)) throw new Error("SMTP_HOST and SMTP_PORT must be set for SMTP mail");
  const options = {
    host: env.SMTP_HOST,
    port,
    secure: security === "tls",
    startTls: security === "starttls",
    credentials: env.SMTP_USER ? { username: env.SMTP_USER, password: env.SMTP_PASSWORD ?? "" } : undefined,
    authType: ["plain" as const, "login" as const],
    logLevel: LogLevel.NONE,
    socketTimeoutMs: 20_000,
  };
  return {
    async send(message) {
      // Our own Message-ID, so a message sent again after a crash carries the same one.
      const messageId = `<${message.notificationId}@${message.from.split("@").pop()}>`;
      let mailer: WorkerMailer;
      try {
        mailer = await WorkerMailer.connect(options);
      } catch (error) {
        throw failure(error);
      }
      try {
        await mailer.send({
          from: message.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: { ...message.headers, "Message-ID": messageId },
        });
      } catch (error) {
        throw failure(error);
      } finally {
        await mailer.close();
      }
      return { messageId };
    },
  };
}

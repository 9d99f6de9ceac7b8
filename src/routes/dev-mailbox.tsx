import { desc, eq } from "drizzle-orm";
import { Hono } from "hono";
import { devMailbox } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { MailboxPage } from "../pages/mailbox";

export const devMailboxRoute = new Hono<AppEnv>();

devMailboxRoute.use(async function developmentOnly(c, next) {
  if (c.env.ENVIRONMENT !== "development") throw new ApiError("not_found", "Not found.");
  await next();
});

const newestFirst = [desc(devMailbox.createdAt), desc(devMailbox.id)];

devMailboxRoute.get("/mailbox.json", async function listMailJson(c) {
  const mails = await c.var.db
    .select()
    .from(devMailbox)
    .orderBy(...newestFirst);
  return c.json(
    mails.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      html: m.html,
      text: m.text,
      createdAt: m.createdAt.toISOString(),
    })),
  );
});

devMailboxRoute.get("/mailbox", async function listMail(c) {
  const mails = await c.var.db
    .select()
    .from(devMailbox)
    .orderBy(...newestFirst);
  return c.html(<MailboxPage lang={c.var.lang} mails={mails} />);
});

devMailboxRoute.get("/mailbox/:id", async function showMail(c) {
  const mail = await c.var.db.query.devMailbox.findFirst({ where: eq(devMailbox.id, c.req.param("id")) });
  if (!mail) throw new ApiError("not_found", "No such message.");
  // Email HTML is styled inline, as mail clients need.
  c.header(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
  );
  return c.html(mail.html);
});

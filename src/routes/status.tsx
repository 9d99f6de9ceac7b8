import { Hono } from "hono";
import { caseStatus } from "../db/queries/status";
import type { AppEnv } from "../env";
import { messages } from "../lib/i18n";
import { lookUpToken } from "../lib/tokens";
import { MessagePage } from "../pages/message";
import { StatusPage } from "../pages/status";

const problemStatus = { unknown: 404, expired: 410, revoked: 410, used: 409 } as const;

export const statusRoute = new Hono<AppEnv>().get("/:token", async function showStatus(c) {
  const { lang, db } = c.var;
  c.header("Cache-Control", "no-store");
  const token = c.req.param("token");
  const lookup = await lookUpToken(db, token, "status");
  const status = lookup.ok ? await caseStatus(db, lookup.token.caseId) : undefined;
  if (!lookup.ok || !status) {
    const reason = lookup.ok ? "unknown" : lookup.reason;
    const t = messages[lang].linkProblem;
    const page = <MessagePage lang={lang} path="/" title={t[`${reason}Title`]} body={t[`${reason}Body`]} />;
    return c.html(page, problemStatus[reason]);
  }
  const statusUrl = new URL(`/status/${token}`, c.env.PUBLIC_ORIGIN).toString();
  return c.html(
    <StatusPage lang={lang} status={status} statusUrl={statusUrl} received={c.req.query("received") === "1"} />,
  );
});

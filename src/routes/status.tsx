import { Hono } from "hono";
import { answerLink } from "../cases/link-actions";
import { recordLinkOpened } from "../cases/link-reads";
import { caseStatus } from "../db/queries/status";
import type { AppEnv } from "../env";
import { languages } from "../lib/i18n";
import { isOneOf } from "../lib/is-one-of";
import { lookUpToken } from "../lib/tokens";
import { StatusPage } from "../pages/status";
import { linkProblem } from "./links";

export const statusRoute = new Hono<AppEnv>();

statusRoute.get("/:token", async function showStatus(c) {
  c.header("Cache-Control", "no-store");
  const token = c.req.param("token");
  const lookup = await lookUpToken(c.var.db, token, "status");
  if (!lookup.ok) return linkProblem(c, lookup.reason);
  const status = await caseStatus(c.var.db, lookup.token);
  if (!status) return linkProblem(c, "unknown");
  // A link opens in its holder's language (the one their emails are in) unless the page's
  // language switch chose another.
  const lang = isOneOf(languages, c.req.query("lang")) ? c.var.lang : (status.holder.language ?? c.var.lang);
  await recordLinkOpened(c.var.db, lookup.token, c.req.raw);
  const statusUrl = new URL(`/status/${token}`, c.env.PUBLIC_ORIGIN).toString();
  return c.html(
    <StatusPage lang={lang} status={status} statusUrl={statusUrl} received={c.req.query("received") === "1"} />,
  );
});

/**
 * The way to answer from the status page: only the holder the questions went to gets a fresh link
 * to the answer form. It is a POST, so a mail scanner following the status link issues nothing.
 */
statusRoute.post("/:token/answer", async function openAnswerForm(c) {
  c.header("Cache-Control", "no-store");
  const lookup = await lookUpToken(c.var.db, c.req.param("token"), "status");
  if (!lookup.ok) return linkProblem(c, lookup.reason);
  const respondToken = await answerLink(c.var.db, lookup.token);
  if (!respondToken) return c.redirect(`/status/${c.req.param("token")}?lang=${c.var.lang}`, 303);
  return c.redirect(`/respond/${respondToken}?lang=${c.var.lang}`, 303);
});

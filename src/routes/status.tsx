import { Hono } from "hono";
import { recordLinkOpened } from "../cases/link-reads";
import { caseStatus } from "../db/queries/status";
import type { AppEnv } from "../env";
import { lookUpToken } from "../lib/tokens";
import { StatusPage } from "../pages/status";
import { linkProblem } from "./links";

export const statusRoute = new Hono<AppEnv>().get("/:token", async function showStatus(c) {
  c.header("Cache-Control", "no-store");
  const token = c.req.param("token");
  const lookup = await lookUpToken(c.var.db, token, "status");
  if (!lookup.ok) return linkProblem(c, lookup.reason);
  const status = await caseStatus(c.var.db, lookup.token);
  if (!status) return linkProblem(c, "unknown");
  await recordLinkOpened(c.var.db, lookup.token, c.req.raw);
  const statusUrl = new URL(`/status/${token}`, c.env.PUBLIC_ORIGIN).toString();
  return c.html(
    <StatusPage lang={c.var.lang} status={status} statusUrl={statusUrl} received={c.req.query("received") === "1"} />,
  );
});

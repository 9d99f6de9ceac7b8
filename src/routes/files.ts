import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { recordFileDownloaded } from "../cases/link-reads";
import { attachments } from "../db/schema";
import type { AppEnv } from "../env";
import { attachmentResponse } from "../lib/downloads";
import { lookUpToken } from "../lib/tokens";
import { linkProblem } from "./links";

/** Links whose holders may read the case's documents: the reviewer and the referral partner. */
const PURPOSES_WITH_FILES = ["review", "referral"] as const;

export const filesRoute = new Hono<AppEnv>().get("/:token/:attachmentId", async function downloadFile(c) {
  c.header("Cache-Control", "no-store");
  const lookup = await lookUpToken(c.var.db, c.req.param("token"), PURPOSES_WITH_FILES);
  if (!lookup.ok) return linkProblem(c, lookup.reason);
  const { caseId } = lookup.token;
  const file = await c.var.db.query.attachments.findFirst({
    where: and(eq(attachments.id, c.req.param("attachmentId")), eq(attachments.caseId, caseId)),
  });
  const object = file && (await c.env.ATTACHMENTS.get(file.r2Key));
  if (!file || !object) return linkProblem(c, "unknown");
  await recordFileDownloaded(c.var.db, lookup.token, file.id, c.req.raw);
  return attachmentResponse(object.body, file);
});

import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { recordFileDownloaded } from "../cases/link-reads";
import { expertDocumentIds, loadCaseView } from "../db/queries/case-view";
import { attachments } from "../db/schema";
import type { AppEnv } from "../env";
import { attachmentResponse } from "../lib/downloads";
import { lookUpToken } from "../lib/tokens";
import { expertRedactor } from "../pages/consult";
import { linkProblem } from "./links";

/**
 * Links whose holders may read the case's documents: the reviewer and the referral partner all of
 * them, the expert those the reviewer chose.
 */
const PURPOSES_WITH_FILES = ["review", "referral", "consult"] as const;

export const filesRoute = new Hono<AppEnv>().get("/:token/:attachmentId", async function downloadFile(c) {
  c.header("Cache-Control", "no-store");
  const lookup = await lookUpToken(c.var.db, c.req.param("token"), PURPOSES_WITH_FILES);
  if (!lookup.ok) return linkProblem(c, lookup.reason);
  const { caseId, purpose, round } = lookup.token;
  const attachmentId = c.req.param("attachmentId");
  const expert = purpose === "consult";
  if (expert && !(await expertDocumentIds(c.var.db, caseId, round)).includes(attachmentId))
    return linkProblem(c, "unknown");
  const file = await c.var.db.query.attachments.findFirst({
    where: and(eq(attachments.id, attachmentId), eq(attachments.caseId, caseId)),
  });
  const object = file && (await c.env.ATTACHMENTS.get(file.r2Key));
  if (!file || !object) return linkProblem(c, "unknown");
  await recordFileDownloaded(c.var.db, lookup.token, file.id, c.req.raw);
  if (!expert) return attachmentResponse(object.body, file);
  // The expert's copy is named without the application's names, as on their page.
  const view = await loadCaseView(c.env, c.var.db, caseId);
  const fileName = view ? expertRedactor(c.var.lang, view.case.application).redact(file.fileName) : file.id;
  return attachmentResponse(object.body, { ...file, fileName });
});

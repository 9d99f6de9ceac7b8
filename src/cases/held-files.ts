import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { type Database, inListChunks } from "../db/client";
import { attachments, type ContactRole } from "../db/schema";
import { deleteUploads } from "../lib/multipart-form";
import {
  admitStored,
  type Spent,
  type StoredUpload,
  UploadBudget,
  type UploadLimits,
  UploadRejected,
} from "../lib/uploads";

/**
 * Files sent with the application form before it is sent whole are held (attachment rows with no
 * case, and the form's draft as `draft_id`, src/cases/drafts.ts) so that sending it claims them
 * instead of asking for them again. They count toward the application's limits on every later post
 * of the form, as if sent again.
 */
export type HeldAttachment = Pick<typeof attachments.$inferSelect, "id" | "r2Key" | "fileName" | "size">;

/**
 * The files held for a draft, oldest first: those the person kept ticked (all of them when `keptIds`
 * is "all", for a page without the list), and those they unticked.
 */
export async function heldFilesOf(
  db: Database,
  draftId: string | undefined,
  keptIds: readonly string[] | "all",
): Promise<{ kept: HeldAttachment[]; unticked: HeldAttachment[] }> {
  if (!draftId) return { kept: [], unticked: [] };
  const held = await db
    .select({ id: attachments.id, r2Key: attachments.r2Key, fileName: attachments.fileName, size: attachments.size })
    .from(attachments)
    .where(and(eq(attachments.draftId, draftId), isNull(attachments.caseId)))
    // Files of one try share a timestamp; rowid keeps the order they were sent in.
    .orderBy(asc(attachments.createdAt), sql`rowid`);
  const isKept = (file: HeldAttachment) => keptIds === "all" || keptIds.includes(file.id);
  return { kept: held.filter(isKept), unticked: held.filter((file) => !isKept(file)) };
}

/**
 * What the kept files count against the limits: those that fit, oldest first. Only a form held
 * before the limits were counted across retries can hold more, and the rest is refused on retry.
 */
export function spentByKept(limits: UploadLimits, kept: HeldAttachment[]): Spent {
  const { admitted } = admitStored(new UploadBudget(limits), kept);
  return { files: admitted.length, bytes: admitted.reduce((sum, file) => sum + file.size, 0) };
}

/** Removes held files: their rows first, so that a row never names a missing file. Idempotent. */
export async function releaseHeldFiles(db: Database, bucket: R2Bucket, files: HeldAttachment[]): Promise<void> {
  if (files.length === 0) return;
  for (const chunk of inListChunks(files.map((file) => file.id)))
    await db.delete(attachments).where(and(inArray(attachments.id, chunk), isNull(attachments.caseId)));
  await deleteUploads(bucket, files);
}

/**
 * Holds this post's files with the draft. Each row is written only while the draft's held files
 * stay within the limits, checked by the INSERT itself, so posts of one form sent at the same time
 * cannot push it over together. Files refused here are removed from R2 and returned.
 */
export async function holdUploads(
  db: Database,
  bucket: R2Bucket,
  hold: { draftId: string; uploadedBy: ContactRole; limits: UploadLimits },
  uploads: StoredUpload[],
): Promise<{ held: StoredUpload[]; refused: UploadRejected[] }> {
  if (uploads.length === 0) return { held: [], refused: [] };
  let results: D1Result[];
  try {
    const insert = db.$client.prepare(HOLD_IF_WITHIN_LIMITS);
    results = await db.$client.batch(
      uploads.map((upload) =>
        insert.bind(
          upload.id,
          hold.draftId,
          upload.r2Key,
          upload.fileName,
          upload.contentType,
          upload.size,
          upload.sha256,
          hold.uploadedBy,
          hold.limits.maxFiles,
          hold.limits.maxApplicationBytes,
        ),
      ),
    );
  } catch (error) {
    await deleteUploads(bucket, uploads);
    throw error;
  }
  const held = uploads.filter((_, index) => (results[index]?.meta.changes ?? 0) > 0);
  const over = uploads.filter((_, index) => (results[index]?.meta.changes ?? 0) === 0);
  if (over.length === 0) return { held, refused: [] };
  await deleteUploads(bucket, over);
  const [now] = await db
    .select({ files: sql<number>`count(*)` })
    .from(attachments)
    .where(and(eq(attachments.draftId, hold.draftId), isNull(attachments.caseId)));
  const reason = (now?.files ?? 0) >= hold.limits.maxFiles ? "too_many_files" : "application_too_large";
  return { held, refused: over.map((upload) => new UploadRejected(reason, upload.fileName)) };
}

/** One held file's row, inserted only if the draft's held files, with it, stay within the limits. */
const HOLD_IF_WITHIN_LIMITS = `
  INSERT INTO attachments (id, case_id, draft_id, r2_key, file_name, content_type, size, sha256, uploaded_by)
  SELECT ?1, NULL, ?2, ?3, ?4, ?5, ?6, ?7, ?8
  WHERE (SELECT count(*) FROM attachments WHERE draft_id = ?2 AND case_id IS NULL) < ?9
    AND (SELECT coalesce(sum(size), 0) FROM attachments WHERE draft_id = ?2 AND case_id IS NULL) + ?6 <= ?10`;

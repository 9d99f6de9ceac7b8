import type { Context } from "hono";
import { type HeldAttachment, heldFilesOf, holdUploads, releaseHeldFiles, spentByKept } from "../cases/held-files";
import type { Database } from "../db/client";
import type { ContactRole } from "../db/schema";
import type { AppEnv } from "../env";
import { deleteUploads, readMultipartForm } from "../lib/multipart-form";
import { isTokenShaped, newToken } from "../lib/tokens";
import { admitStored, type StoredUpload, UploadBudget, type UploadLimits, type UploadRejected } from "../lib/uploads";

/**
 * The application form with its files, as the public form (/apply) and the staff form for mailed
 * applications (/staff/cases/new) take it: files sent with a try that comes back with errors are
 * held for the corrected retry (src/cases/held-files.ts), and count toward the limits on each try.
 */

export type FormFiles = {
  /** Files held from earlier tries that the person kept ticked, within the limits. */
  held: HeldAttachment[];
  /** This try's files, within the limits. */
  uploads: StoredUpload[];
  /** Files refused, held or new, in the order they count. */
  rejections: UploadRejected[];
};

/** Reads the form, counting the files held for it (browsers send its id and ticks before the files). */
export function readApplicationForm<E extends AppEnv>(c: Context<E>, limits: UploadLimits) {
  return readMultipartForm(c.req.raw, c.env, limits, {
    alreadyHeld: async (fieldsSoFar) => {
      const submissionId = fieldsSoFar.get("submissionId")?.[0];
      if (!submissionId || !isTokenShaped(submissionId)) return { files: 0, bytes: 0 };
      const { kept } = await heldFilesOf(c.var.db, submissionId, fieldsSoFar.get("heldAttachments") ?? []);
      return spentByKept(limits, kept);
    },
  });
}

/** The form's one-time submission id: it makes a double-click one case and lets a retry claim held files. */
export function submissionIdFrom(value: string | undefined): string {
  return value && isTokenShaped(value) ? value : newToken();
}

/**
 * Held files count first, then this try's, whatever order the fields came in: a file over the
 * limits is refused as if it had been sent again now. Unticked and refused files are removed.
 */
export async function admitFormFiles(
  db: Database,
  bucket: R2Bucket,
  limits: UploadLimits,
  submissionId: string,
  received: Awaited<ReturnType<typeof readApplicationForm>>,
): Promise<FormFiles> {
  const { kept, unticked } = await heldFilesOf(db, submissionId, received.fields.get("heldAttachments") ?? []);
  const budget = new UploadBudget(limits);
  const heldFit = admitStored(budget, kept);
  const uploadsFit = admitStored(budget, received.uploads);
  await releaseHeldFiles(db, bucket, [...unticked, ...heldFit.refused.map((refused) => refused.file)]);
  await deleteUploads(
    bucket,
    uploadsFit.refused.map((refused) => refused.file),
  );
  return {
    held: heldFit.admitted,
    uploads: uploadsFit.admitted,
    rejections: [
      ...heldFit.refused.map((refused) => refused.rejection),
      ...received.rejections,
      ...uploadsFit.refused.map((refused) => refused.rejection),
    ],
  };
}

/** Holds this try's files for the corrected retry; returns every file the form now holds, and what did not fit. */
export async function keepForRetry(
  db: Database,
  bucket: R2Bucket,
  hold: { submissionId: string; uploadedBy: ContactRole; limits: UploadLimits },
  files: FormFiles,
) {
  const holding = await holdUploads(db, bucket, hold, files.uploads);
  return {
    held: [...files.held, ...holding.held].map((file) => ({ id: file.id, fileName: file.fileName, size: file.size })),
    refused: holding.refused,
  };
}

import type { Context } from "hono";
import { type HeldAttachment, heldFilesOf, releaseHeldFiles, spentByKept } from "../cases/held-files";
import type { Database } from "../db/client";
import { listOrganizations } from "../db/queries/organizations";
import { type SubmitterRole, submitterRoles } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { formToApplication } from "../lib/form-data";
import { type FormStep, stepOf } from "../lib/form-steps";
import { issueText, messages, rejectionText } from "../lib/i18n";
import { deleteUploads, type MultipartForm, readMultipartForm } from "../lib/multipart-form";
import { admitStored, type StoredUpload, UploadBudget, type UploadLimits, type UploadRejected } from "../lib/uploads";
import { parseApplication } from "../lib/validation";
import { type FormContext, flatFields, stepFields } from "../pages/apply/fields";
import { MessagePage } from "../pages/message";

/** What the form's routes share: reading a post with its files, checking answers, the pages' context. */

type Lang = AppEnv["Variables"]["lang"];

export function roleFrom(value: string | undefined): SubmitterRole | null {
  return submitterRoles.find((role) => role === value) ?? null;
}

export async function formContext(db: Database, env: Env, role: SubmitterRole, lang: Lang): Promise<FormContext> {
  const organizations = await listOrganizations(db);
  const maxFileMb = Math.floor(Number(env.MAX_FILE_BYTES) / 1024 / 1024);
  return { role, lang, organizations, maxFileMb };
}

/**
 * Reads a post of the form, streaming its files to R2 (when the page has a file input), with the
 * files already held for its draft counted against the limits first. Answers 413 with a page when
 * the body is over the limits before it is read.
 */
export async function readFormPost(
  c: Context<AppEnv>,
  limits: UploadLimits,
  options: { files: boolean; heldBefore: (fieldsSoFar: ReadonlyMap<string, string[]>) => Promise<HeldAttachment[]> },
): Promise<MultipartForm | Response> {
  try {
    return await readMultipartForm(c.req.raw, c.env, limits, {
      files: options.files,
      alreadyHeld: async (fieldsSoFar) => spentByKept(limits, await options.heldBefore(fieldsSoFar)),
    });
  } catch (error) {
    if (error instanceof ApiError && error.code === "payload_too_large") {
      const t = messages[c.var.lang];
      const page = (
        <MessagePage
          lang={c.var.lang}
          path="/apply"
          title={t.tooLarge.title}
          body={t.tooLarge.body(Math.floor(limits.maxApplicationBytes / 1024 / 1024))}
        />
      );
      return c.html(page, 413);
    }
    throw error;
  }
}

export type FilesOfPost = {
  /** Held files kept, within the limits. */
  held: HeldAttachment[];
  /** This post's files, within the limits (after the held ones). */
  uploads: StoredUpload[];
  rejections: UploadRejected[];
};

/**
 * The files of a post that carries the documents page: held files count first, then this post's,
 * whatever order the fields came in, so a file over the limits is refused as if it had been sent
 * again now. Held files the person unticked, and whatever does not fit, are removed.
 */
export async function sortFiles(
  db: Database,
  bucket: R2Bucket,
  limits: UploadLimits,
  draftId: string | undefined,
  ticked: readonly string[] | "all",
  received: MultipartForm,
): Promise<FilesOfPost> {
  const { kept, unticked } = await heldFilesOf(db, draftId, ticked);
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

/**
 * The problems of the answers, by form field, in `lang`: of the whole application, or of one
 * step's page only (the fields that page shows).
 */
export function answerErrors(
  values: Map<string, string[]>,
  lang: Lang,
  only?: { step: FormStep; role: SubmitterRole },
) {
  const errors = new Map<string, string>();
  const { input, fieldName } = formToApplication(values);
  const parsed = parseApplication(input);
  if (parsed.ok) return { errors, application: parsed.application };
  const shown = only
    ? new Set(
        flatFields(stepFields(only.step, { role: only.role, lang, organizations: [], maxFileMb: 0 })).map(
          (f) => f.name,
        ),
      )
    : undefined;
  for (const issue of parsed.issues) {
    const name = fieldName(issue.path);
    if (shown && (stepOf(name) !== only?.step || !shown.has(name))) continue;
    // Someone applying for themselves may give only the prison address, which comes on the next page.
    if (only?.step === "you" && only.role === "self" && issue.message === "email_or_address") continue;
    if (!errors.has(name)) errors.set(name, issueText(lang, issue.message));
  }
  return { errors, application: undefined };
}

export function explainRejections(
  errors: Map<string, string>,
  rejections: UploadRejected[],
  lang: Lang,
  limits: UploadLimits,
) {
  if (rejections.length > 0) errors.set("attachments", rejections.map((r) => rejectionText(lang, r, limits)).join(" "));
}

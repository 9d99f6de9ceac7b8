import type { Context } from "hono";
import { Hono } from "hono";
import { openDraft, saveDraft } from "../cases/drafts";
import { heldFilesOf, holdUploads } from "../cases/held-files";
import { submitApplication, submitterContactRole } from "../cases/intake";
import { listOrganizations } from "../db/queries/organizations";
import { casesSharingKeys } from "../db/queries/staff-cases";
import { type Language, languages } from "../db/schema";
import type { StaffEnv } from "../env";
import { ApiError } from "../errors";
import { sha256Hex } from "../lib/crypto";
import { issueText, messages } from "../lib/i18n";
import { isOneOf } from "../lib/is-one-of";
import { deleteUploads, readMultipartForm } from "../lib/multipart-form";
import { personKeysOf } from "../lib/person-keys";
import { canSeeOrganization } from "../lib/staff-auth";
import { isTokenShaped, newToken } from "../lib/tokens";
import { uploadLimits } from "../lib/uploads";
import { type Duplicates, IntakeRolePage, type IntakeState, StaffIntakePage } from "../pages/staff-intake";
import { staffHref, staffLocale } from "../pages/staff-parts";
import { presentDuplicate } from "../presenters/case";
import { forOwnOrganization, ownOrganizationSlug } from "./api/cases";
import { answerErrors, explainRejections, roleFrom, sortFiles } from "./apply-form";

/**
 * `/staff/cases/new`: staff type in an application that came by post, with its scans. It becomes a
 * case through the same intake as every other (`submitApplication`, source `paper_mail`), after the
 * person was checked against every other application (the duplicate keys of src/lib/person-keys.ts):
 * matches are shown before anything is saved, and saved only once staff confirm it is new.
 *
 * Scans sent with a try that comes back (an error, a duplicate warning) are held as the public
 * form holds them: with a draft of the application form (src/cases/drafts.ts) whose key is the
 * form's one-time `submissionId`, so they are claimed by the case, or purged with the draft when
 * staff give up on it.
 */
export const staffIntakeRoute = new Hono<StaffEnv>();

type StaffContext = Context<StaffEnv>;

staffIntakeRoute.get("/", async function showIntakeForm(c) {
  const role = roleFrom(c.req.query("role"));
  if (!role) return c.html(<IntakeRolePage locale={staffLocale(c)} />);
  return c.html(
    await intakePage(c, { role, submissionId: newToken(), values: new Map(), errors: new Map(), held: [] }),
  );
});

staffIntakeRoute.post("/", async function enterMailedApplication(c) {
  const { db, staff } = c.var;
  const bucket = c.env.ATTACHMENTS;
  const limits = uploadLimits(c.env);
  const locale = staffLocale(c);
  const draftOf = async (fields: ReadonlyMap<string, string[]>) => {
    const key = fields.get("submissionId")?.[0];
    return key && isTokenShaped(key) ? openDraft(c.env, db, key) : null;
  };
  const received = await readMultipartForm(c.req.raw, c.env, limits, {
    alreadyHeld: async (fieldsSoFar) => {
      const { kept } = await heldFilesOf(
        db,
        (await draftOf(fieldsSoFar))?.id,
        fieldsSoFar.get("heldAttachments") ?? [],
      );
      return { files: kept.length, bytes: kept.reduce((sum, file) => sum + file.size, 0) };
    },
  });
  const { fields } = received;
  const role = roleFrom(fields.get("submitter.role")?.[0]);
  if (!role) {
    await deleteUploads(bucket, received.uploads);
    return c.html(<IntakeRolePage locale={locale} />, 400);
  }
  const key = fields.get("submissionId")?.[0];
  const submissionId = key && isTokenShaped(key) ? key : newToken();
  const idempotencyKey = `paper-form:${submissionId}`;
  // The form already made its case (a double-click, a reload): that case it is.
  const sentBefore = await db.query.cases.findFirst({
    where: (cases, { eq }) => eq(cases.idempotencyKey, idempotencyKey),
    columns: { id: true },
  });
  const entered = (caseId: string) =>
    c.redirect(staffHref(locale, `/staff/cases/${encodeURIComponent(caseId)}?done=entered`), 303);
  if (sentBefore) {
    await deleteUploads(bucket, received.uploads);
    return entered(sentBefore.id);
  }
  const draft = await draftOf(fields);
  const files = await sortFiles(db, bucket, limits, draft?.id, fields.get("heldAttachments") ?? [], received);
  const { errors, application: parsed } = answerErrors(fields, locale.lang);

  let duplicates: Duplicates | undefined;
  if (parsed && files.rejections.length === 0) {
    try {
      const application = forOwnOrganization(await ownOrganizationSlug(db, staff), parsed);
      const keys = await personKeysOf(c.env.PERSON_HASH_KEY, application);
      const matches = await casesSharingKeys(
        db,
        keys.map((k) => k.keyHash),
      );
      const fingerprint = await sha256Hex(matches.map((match) => match.row.caseId).join(","));
      if (matches.length > 0 && fields.get("duplicatesSeen")?.[0] !== fingerprint) {
        duplicates = { rows: matches.map((match) => presentDuplicate(staff, match)), fingerprint };
      } else {
        const held = files.held.map((file) => file.id);
        const result = await submitApplication(c.env, db, {
          application,
          source: "paper_mail",
          uploads: files.uploads,
          heldAttachmentIds: held,
          draftId: draft?.id,
          idempotencyKey,
          requestHash: await sha256Hex(
            [JSON.stringify(application), ...held, ...files.uploads.map((u) => u.sha256)].join("\n"),
          ),
          enteredBy: staff.actor,
        });
        if (result.replayed) await deleteUploads(bucket, files.uploads);
        return entered(result.id);
      }
    } catch (error) {
      if (!(error instanceof ApiError) || error.code === "internal_error") {
        await deleteUploads(bucket, files.uploads);
        throw error;
      }
      // Refusals of the intake itself: a foreign or unknown organization, a form sent again changed.
      const path = error.code === "forbidden" ? "organization" : "application";
      for (const issue of error.issues ?? [{ path, message: error.message }])
        errors.set(issue.path, issueText(locale.lang, issue.message));
    }
  }

  // Back to the form: this try's scans are held with the form's draft for the next try.
  const language = fields.get("language")?.[0];
  const holder =
    files.uploads.length === 0
      ? draft
      : (draft ??
        (await saveDraft(c.env, db, submissionId, {
          role,
          language: isOneOf(languages, language) ? (language as Language) : "en",
          position: "documents",
          fields,
        })));
  const holding = holder
    ? await holdUploads(
        db,
        bucket,
        { draftId: holder.id, uploadedBy: submitterContactRole(role), limits },
        files.uploads,
      )
    : { held: [], refused: [] };
  explainRejections(errors, [...files.rejections, ...holding.refused], locale.lang, limits);
  const state: IntakeState = {
    role,
    submissionId,
    values: fields,
    errors,
    held: [...files.held, ...holding.held].map((file) => ({ id: file.id, fileName: file.fileName, size: file.size })),
  };
  return c.html(await intakePage(c, state, duplicates), errors.size > 0 ? 400 : 200);
});

async function intakePage(c: StaffContext, state: IntakeState, duplicates?: Duplicates) {
  const locale = staffLocale(c);
  const organizations = await listOrganizations(c.var.db);
  const own = organizations.filter((o) => canSeeOrganization(c.var.staff, o.id));
  const choices: [string, string][] = own.map((o) => [o.slug, o.name]);
  const any = messages[locale.lang].apply.fields.organizationAny;
  return (
    <StaffIntakePage
      locale={locale}
      state={state}
      context={{
        lang: locale.lang,
        organizations,
        maxFileMb: Math.floor(uploadLimits(c.env).maxFileBytes / 1024 / 1024),
      }}
      organizationChoices={c.var.staff.organizationId ? choices : [["", any], ...choices]}
      duplicates={duplicates}
    />
  );
}

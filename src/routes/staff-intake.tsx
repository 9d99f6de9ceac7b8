import type { Context } from "hono";
import { Hono } from "hono";
import { submitApplication, submitterContactRole } from "../cases/intake";
import { listOrganizations } from "../db/queries/organizations";
import { casesSharingKeys } from "../db/queries/staff-cases";
import { type SubmitterRole, submitterRoles } from "../db/schema";
import type { StaffEnv } from "../env";
import { ApiError } from "../errors";
import { sha256Hex } from "../lib/crypto";
import { formToApplication } from "../lib/form-data";
import { issueText, rejectionText } from "../lib/i18n";
import { deleteUploads } from "../lib/multipart-form";
import { personKeysOf } from "../lib/person-keys";
import { canSeeOrganization } from "../lib/staff-auth";
import { newToken } from "../lib/tokens";
import { uploadLimits } from "../lib/uploads";
import { parseApplication } from "../lib/validation";
import type { ApplyFormState } from "../pages/apply";
import { type Duplicates, IntakeRolePage, StaffIntakePage } from "../pages/staff-intake";
import { presentDuplicate } from "../presenters/case";
import { forOwnOrganization, ownOrganizationSlug } from "./api/cases";
import { admitFormFiles, keepForRetry, readApplicationForm, submissionIdFrom } from "./application-form";

/**
 * `/staff/cases/new`: staff type in an application that came by post, with its scans. It becomes a
 * case through the same intake as every other (`submitApplication`, source `paper_mail`), after the
 * person was checked against every other application (the duplicate keys of src/lib/person-keys.ts):
 * matches are shown before anything is saved, and saved only once staff confirm it is new.
 */
export const staffIntakeRoute = new Hono<StaffEnv>();

type StaffContext = Context<StaffEnv>;

staffIntakeRoute.get("/", async function showIntakeForm(c) {
  const role = roleFrom(c.req.query("role"));
  if (!role) return c.html(<IntakeRolePage />);
  return c.html(
    await intakePage(c, { role, submissionId: newToken(), values: new Map(), errors: new Map(), held: [] }),
  );
});

staffIntakeRoute.post("/", async function enterMailedApplication(c) {
  const { db, staff } = c.var;
  const bucket = c.env.ATTACHMENTS;
  const limits = uploadLimits(c.env);
  const received = await readApplicationForm(c, limits);
  const { fields } = received;
  const role = roleFrom(fields.get("submitter.role")?.[0]);
  if (!role) {
    await deleteUploads(bucket, received.uploads);
    return c.html(<IntakeRolePage />, 400);
  }
  const submissionId = submissionIdFrom(fields.get("submissionId")?.[0]);
  const idempotencyKey = `paper-form:${submissionId}`;
  // The form already made its case (a double-click, a reload): that case it is.
  const sentBefore = await db.query.cases.findFirst({
    where: (cases, { eq }) => eq(cases.idempotencyKey, idempotencyKey),
    columns: { id: true },
  });
  if (sentBefore) {
    await deleteUploads(bucket, received.uploads);
    return c.redirect(`/staff/cases/${encodeURIComponent(sentBefore.id)}?done=entered`, 303);
  }
  const files = await admitFormFiles(db, bucket, limits, submissionId, received);

  const { input, fieldName } = formToApplication(fields);
  const parsed = parseApplication(input);
  const errors = new Map<string, string>();
  if (!parsed.ok)
    for (const issue of parsed.issues) {
      const name = fieldName(issue.path);
      if (!errors.has(name)) errors.set(name, issueText("en", issue.message));
    }
  let duplicates: Duplicates | undefined;
  if (parsed.ok && errors.size === 0 && files.rejections.length === 0) {
    try {
      const application = forOwnOrganization(await ownOrganizationSlug(db, staff), parsed.application);
      const idempotencyKey = `paper-form:${submissionId}`;
      // A form sent twice (a double-click) finds its own case, not a duplicate of it.
      const sentBefore = await db.query.cases.findFirst({
        where: (cases, { eq }) => eq(cases.idempotencyKey, idempotencyKey),
        columns: { id: true },
      });
      const keys = await personKeysOf(c.env.PERSON_HASH_KEY, application);
      const matches = sentBefore
        ? []
        : await casesSharingKeys(
            db,
            keys.map((key) => key.keyHash),
          );
      const fingerprint = await sha256Hex(matches.map((match) => match.row.caseId).join(","));
      if (matches.length > 0 && fields.get("duplicatesSeen")?.[0] !== fingerprint) {
        duplicates = { rows: matches.map((match) => presentDuplicate(staff, match)), fingerprint };
      } else {
        const result = await submitApplication(c.env, db, {
          application,
          source: "paper_mail",
          uploads: files.uploads,
          heldAttachmentIds: files.held.map((file) => file.id),
          idempotencyKey,
          requestHash: await sha256Hex(
            [JSON.stringify(application), ...files.held.map((f) => f.id), ...files.uploads.map((u) => u.sha256)].join(
              "\n",
            ),
          ),
          enteredBy: staff.actor,
        });
        if (result.replayed) await deleteUploads(bucket, files.uploads);
        return c.redirect(`/staff/cases/${encodeURIComponent(result.id)}?done=entered`, 303);
      }
    } catch (error) {
      if (!(error instanceof ApiError) || error.code === "internal_error") {
        await deleteUploads(bucket, files.uploads);
        throw error;
      }
      // Refusals of the intake itself: a foreign or unknown organization, a form sent again changed.
      const path = error.code === "forbidden" ? "organization" : "application";
      for (const issue of error.issues ?? [{ path, message: error.message }])
        errors.set(issue.path, issueText("en", issue.message));
    }
  }

  const holding = await keepForRetry(
    db,
    bucket,
    { submissionId, uploadedBy: submitterContactRole(role), limits },
    files,
  );
  const refused = [...files.rejections, ...holding.refused];
  if (refused.length > 0) errors.set("attachments", refused.map((r) => rejectionText("en", r, limits)).join(" "));
  const state: ApplyFormState = { role, submissionId, values: fields, errors, held: holding.held };
  return c.html(await intakePage(c, state, duplicates), errors.size > 0 ? 400 : 200);
});

async function intakePage(c: StaffContext, state: ApplyFormState, duplicates?: Duplicates) {
  const organizations = await listOrganizations(c.var.db);
  const own = organizations.filter((o) => canSeeOrganization(c.var.staff, o.id));
  const choices: [string, string][] = own.map((o) => [o.slug, o.name]);
  return (
    <StaffIntakePage
      state={state}
      organizations={organizations}
      organizationChoices={
        c.var.staff.organizationId ? choices : [["", "By where the conviction happened"], ...choices]
      }
      maxFileMb={Math.floor(uploadLimits(c.env).maxFileBytes / 1024 / 1024)}
      duplicates={duplicates}
    />
  );
}

function roleFrom(value: string | undefined): SubmitterRole | null {
  return submitterRoles.find((role) => role === value) ?? null;
}

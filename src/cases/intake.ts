import { and, eq, inArray, isNull } from "drizzle-orm";
import { type Database, isUniqueViolation, rowsPerInsert } from "../db/client";
import { findOrganizationBySlug, listOrganizations, organizationServing } from "../db/queries/organizations";
import {
  attachments,
  type CaseStatus,
  type ContactRole,
  capabilityTokens,
  caseKeys,
  cases,
  contacts,
  drafts,
  type Language,
  personKeys,
  type SubmitterRole,
} from "../db/schema";
import { ApiError } from "../errors";
import { newCaseReference, newId } from "../lib/ids";
import { personKeysOf } from "../lib/person-keys";
import { mapClaimText, newCaseKey } from "../lib/sealing";
import { issueToken, prepareToken, STATUS_LINK_LIFETIME_MS } from "../lib/tokens";
import type { HumanCheck } from "../lib/turnstile";
import type { Application } from "../schemas/application";
import { recordEvent } from "./events";
import { ensureWorkflow, startWorkflow } from "./workflow";

export type Submission = {
  application: Application;
  source: "web_form" | "api" | "paper_mail";
  /** Stored files to attach, already in R2 (attachment rows exist or are passed in `uploads`). */
  uploads: NewAttachment[];
  /** Files held with the form's draft, claimed by this submission. */
  heldAttachmentIds: string[];
  /** The application form's draft, which goes when the case is made. */
  draftId?: string;
  idempotencyKey: string | null;
  requestHash: string;
  /** The staff member who typed in a mailed application. */
  enteredBy?: string;
  /** The public form's Turnstile outcome, kept in the event log for staff. */
  humanCheck?: HumanCheck;
};

export type NewAttachment = Omit<typeof attachments.$inferInsert, "caseId" | "draftId" | "uploadedBy">;

export type SubmissionResult = {
  id: string;
  reference: string;
  status: CaseStatus;
  statusToken: string;
  /** True when the idempotency key had already made this case. */
  replayed: boolean;
};

/**
 * Records an application as one case (case, contacts, attachments, status link and first event in a
 * single D1 batch, so there is never a partial case) and starts its workflow.
 */
export async function submitApplication(env: Env, db: Database, submission: Submission): Promise<SubmissionResult> {
  if (submission.idempotencyKey) {
    const earlier = await replay(env, db, submission);
    if (earlier) return earlier;
  }
  const organizationId = await resolveOrganization(db, submission.application);
  const caseId = newId();
  const { application } = submission;
  const caseContacts = contactsOf(application, caseId);
  const submitter = caseContacts[0];
  if (!submitter) throw new Error("an application always has a submitter");
  const status = await prepareToken({
    caseId,
    contactId: submitter.id,
    role: submitter.role,
    purpose: "status",
    lifetimeMs: STATUS_LINK_LIFETIME_MS,
  });
  const keys = await personKeysOf(env.PERSON_HASH_KEY, application);
  const caseKey = await newCaseKey(env, caseId);
  const stored = await mapClaimText(application, caseKey.cipher.seal);

  for (let attempt = 0; ; attempt++) {
    const reference = newCaseReference();
    try {
      await db.batch([
        db.insert(cases).values({
          id: caseId,
          reference,
          organizationId,
          language: application.language,
          submitterRole: application.submitter.role,
          source: submission.source,
          application: stored,
          idempotencyKey: submission.idempotencyKey,
          requestHash: submission.requestHash,
        }),
        db.insert(caseKeys).values(caseKey.row),
        ...rowsPerInsert(contacts, caseContacts).map((chunk) => db.insert(contacts).values(chunk)),
        db.insert(capabilityTokens).values(status.row),
        ...(keys.length > 0 ? [db.insert(personKeys).values(keys.map((key) => ({ ...key, caseId })))] : []),
        recordEvent(db, caseId, {
          type: "submitted",
          actor: submission.enteredBy ?? submitter.role,
          data: {
            source: submission.source,
            ...(submission.humanCheck ? { humanCheck: submission.humanCheck } : {}),
            attachments: submission.uploads.length + submission.heldAttachmentIds.length,
          },
        }),
        ...submission.uploads.map((upload) =>
          db.insert(attachments).values({ ...upload, caseId, uploadedBy: submitter.role }),
        ),
        ...(submission.draftId ? [db.delete(drafts).where(eq(drafts.id, submission.draftId))] : []),
        ...(submission.heldAttachmentIds.length > 0
          ? [
              db
                .update(attachments)
                .set({ caseId, draftId: null })
                .where(and(inArray(attachments.id, submission.heldAttachmentIds), isNull(attachments.caseId))),
            ]
          : []),
      ]);
      await startWorkflowOrLeaveItToTheSweep(env, caseId);
      return { id: caseId, reference, status: "submitted", statusToken: status.token, replayed: false };
    } catch (error) {
      if (isUniqueViolation(error, "cases.idempotency_key") && submission.idempotencyKey) {
        const winner = await replay(env, db, submission);
        if (winner) return winner;
      }
      if (isUniqueViolation(error, "cases.reference") && attempt < 3) continue;
      throw error;
    }
  }
}

/**
 * The case is stored: from here the applicant has a case whatever happens. If its workflow cannot
 * be started now, the sweep starts it within minutes (the case says `workflow_state = pending`).
 */
async function startWorkflowOrLeaveItToTheSweep(env: Env, caseId: string): Promise<void> {
  try {
    await startWorkflow(env, caseId);
  } catch (error) {
    console.error(
      `case ${caseId}: workflow not started, left to the sweep (${error instanceof Error ? error.name : "error"})`,
    );
  }
}

/** The earlier result for a reused idempotency key, or null when the key is new. */
async function replay(env: Env, db: Database, submission: Submission): Promise<SubmissionResult | null> {
  const key = submission.idempotencyKey;
  if (!key) return null;
  const earlier = await db.query.cases.findFirst({ where: eq(cases.idempotencyKey, key) });
  if (!earlier) return null;
  if (earlier.requestHash !== submission.requestHash) {
    throw new ApiError(
      "idempotency_key_reused",
      "This Idempotency-Key was already used for a different application. Use a new key for a new application.",
    );
  }
  return answerAgain(env, db, earlier);
}

/**
 * The case a form's one-time key already made, with a fresh status link: a second click on "Send"
 * after the first made the case and removed the draft it was sent from.
 */
export async function formAlreadySent(env: Env, db: Database, idempotencyKey: string) {
  const earlier = await db.query.cases.findFirst({ where: eq(cases.idempotencyKey, idempotencyKey) });
  return earlier ? answerAgain(env, db, earlier) : null;
}

async function answerAgain(env: Env, db: Database, earlier: typeof cases.$inferSelect): Promise<SubmissionResult> {
  const submitter = await db.query.contacts.findFirst({
    where: and(eq(contacts.caseId, earlier.id), eq(contacts.isSubmitter, true)),
  });
  if (!submitter) throw new Error(`case ${earlier.id} has no submitter`);
  // Only hashes of links are kept, so a replay answers with a fresh link to the same case.
  const statusToken = await issueToken(db, {
    caseId: earlier.id,
    contactId: submitter.id,
    role: submitter.role,
    purpose: "status",
    lifetimeMs: STATUS_LINK_LIFETIME_MS,
  });
  await ensureWorkflow(env, earlier.id);
  return { id: earlier.id, reference: earlier.reference, status: earlier.status, statusToken, replayed: true };
}

async function resolveOrganization(db: Database, application: Application): Promise<string> {
  if (application.organization) {
    const chosen = await findOrganizationBySlug(db, application.organization);
    if (!chosen) {
      throw new ApiError("invalid_request", "The application is not valid.", [
        { path: "organization", message: "unknown_organization" },
      ]);
    }
    return chosen.id;
  }
  const serving = organizationServing(await listOrganizations(db), application.conviction.jurisdiction);
  if (!serving) {
    throw new ApiError("invalid_request", "The application is not valid.", [
      { path: "conviction.jurisdiction", message: "no_organization_serves" },
    ]);
  }
  return serving.id;
}

type NewContact = typeof contacts.$inferInsert & { id: string; role: ContactRole };

const lawyerContactRole = {
  trial: "trial_attorney",
  appeal: "appeal_attorney",
  current: "defense_attorney",
} as const satisfies Record<Application["lawyers"][number]["role"], ContactRole>;

/**
 * The people of a case, submitter first. Someone named is kept informed only with an email, their
 * own `notify`, and the submitter's consent to contact the people named.
 */
export function contactsOf(application: Application, caseId: string): NewContact[] {
  const { submitter, applicant } = application;
  const language = (chosen: Language | undefined) => chosen ?? application.language;
  const mayContactNamed = application.consent.contactPeopleNamed === true;
  const submitterIsApplicant = submitter.role === "self";
  const result: NewContact[] = [
    {
      id: newId(),
      caseId,
      role: submitterContactRole(submitter.role),
      isSubmitter: true,
      name: submitter.name,
      email: submitter.email ?? null,
      postalAddress: submitter.postalAddress ?? null,
      language: language(submitter.language),
      notify: submitter.email !== undefined,
    },
  ];
  if (!submitterIsApplicant) {
    result.push({
      id: newId(),
      caseId,
      role: "applicant",
      name: applicant.name,
      postalAddress: applicant.postalAddress ?? null,
      language: application.language,
      notify: false,
    });
  }
  for (const lawyer of application.lawyers) {
    result.push({
      id: newId(),
      caseId,
      role: lawyerContactRole[lawyer.role],
      name: lawyer.name,
      email: lawyer.email ?? null,
      language: application.language,
      notify: mayContactNamed && lawyer.notify === true && lawyer.mayContact !== false && lawyer.email !== undefined,
    });
  }
  for (const contact of application.contacts) {
    result.push({
      id: newId(),
      caseId,
      role: contact.role,
      name: contact.name,
      email: contact.email ?? null,
      language: language(contact.language),
      notify: mayContactNamed && contact.notify === true && contact.email !== undefined,
    });
  }
  return result;
}

/** The contact role of whoever submitted: someone applying for themselves is the applicant. */
export function submitterContactRole(role: SubmitterRole): ContactRole {
  return role === "self" ? "applicant" : role;
}

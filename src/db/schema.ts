import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { type Language, languages } from "../lib/i18n";
import type { Application } from "../schemas/application";

export { type Language, languages };

export const caseStatuses = [
  "submitted",
  "screening",
  "awaiting_confirmation",
  "in_review",
  "awaiting_info",
  "awaiting_expert",
  "accepted",
  "referred",
  "routed",
  "declined",
  "closed",
  "withdrawn",
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/**
 * A case's workflow: `pending` from intake until its first step runs, `running` after that,
 * `errored` when a step failed for good, `stuck` when restarting it did not help.
 */
export const workflowStates = ["pending", "running", "errored", "stuck"] as const;
export type WorkflowState = (typeof workflowStates)[number];

export const submitterRoles = ["self", "family", "supporter", "defense_attorney"] as const;
export type SubmitterRole = (typeof submitterRoles)[number];

/** Who a contact is to the case. The submitter is stored as a contact too, with `isSubmitter`. */
export const contactRoles = [
  "applicant",
  "family",
  "supporter",
  "defense_attorney",
  "trial_attorney",
  "appeal_attorney",
  "referral_partner",
  "expert",
  /** Who holds the case's physical evidence (a court clerk, a police evidence room, a laboratory). */
  "evidence_custodian",
] as const;
export type ContactRole = (typeof contactRoles)[number];

/** Who can hold a capability link: a contact of the case, or a reviewer of the organization. */
export const actorRoles = [...contactRoles, "reviewer"] as const;
export type ActorRole = (typeof actorRoles)[number];

export const tokenPurposes = ["status", "review", "respond", "consult", "referral"] as const;
export type TokenPurpose = (typeof tokenPurposes)[number];

export const decisionOutcomes = ["accept", "decline", "request_info", "consult_expert", "refer"] as const;
export type DecisionOutcome = (typeof decisionOutcomes)[number];

/** Why an organization declines a case: codes stored on a decision, shown to people in their own language. */
export const declineReasonCodes = [
  "outside_jurisdiction",
  "no_innocence_claim",
  "appeals_pending",
  "no_new_evidence",
  "case_type_excluded",
  "sentence_served",
  "capacity",
  "other",
] as const;
export type DeclineReasonCode = (typeof declineReasonCodes)[number];

export const assignmentKinds = ["review", "respond", "consult", "referral"] as const;
export const assignmentStatuses = ["open", "done", "lapsed", "reassigned", "revoked"] as const;

export const notificationStatuses = ["pending", "sent", "failed"] as const;
/** Email is sent by the workflow; a letter is printed and posted by staff (postal-only applicants). */
export const notificationChannels = ["email", "post"] as const;

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

/**
 * One eligibility criterion, kept as data. `rule` is a machine check against the application
 * where one exists; `onFail` says whether failing it declines, routes elsewhere or only flags.
 */
type RuleValue = string | number | boolean;
export type Criterion = {
  id: string;
  question: string;
  /** The question in other languages; a reader whose language has none gets `question`. */
  questions?: Partial<Record<Language, string>>;
  rule?: { field: string; op: "in" | "not_in" | "equals" | "not_equals"; value: RuleValue | RuleValue[] };
  onFail: "decline" | "route" | "flag";
};

/** Statuses a case does not leave (nothing waits on anyone), each with its own retention period. */
export const finalStatuses = ["declined", "referred", "closed", "withdrawn"] as const;
export type FinalStatus = (typeof finalStatuses)[number];
export type RetentionDays = Record<FinalStatus, number>;

export const organizations = sqliteTable("organizations", {
  id: text("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  languages: text("languages", { mode: "json" }).$type<Language[]>().notNull(),
  intakeEmail: text("intake_email").notNull(),
  /** ISO 3166 codes: a country (`GB`) serves all its subdivisions, a subdivision (`US-PA`) only itself. */
  jurisdictions: text("jurisdictions", { mode: "json" }).$type<string[]>().notNull(),
  website: text("website"),
  /** Where people write to: the letterhead of every letter and the return address of the questionnaire. */
  postalAddress: text("postal_address"),
  /**
   * When someone else applies for a person in prison, review starts only once that person has
   * agreed in writing (staff record it on the case).
   */
  requireApplicantConfirmation: integer("require_applicant_confirmation", { mode: "boolean" }).notNull().default(false),
  /** Days a reviewer has before each reminder; after `reminders` of them the case is reassigned. */
  reviewDeadlineDays: integer("review_deadline_days").notNull().default(14),
  reminders: integer("reminders").notNull().default(2),
  /** Reviewers who must agree on a final outcome (accept, decline, refer). */
  quorum: integer("quorum").notNull().default(1),
  respondDeadlineDays: integer("respond_deadline_days").notNull().default(30),
  expertDeadlineDays: integer("expert_deadline_days").notNull().default(21),
  referralDeadlineDays: integer("referral_deadline_days").notNull().default(21),
  /** Days a case is kept after it ends, by how it ended; then the scheduled purge removes it. */
  retentionDays: text("retention_days", { mode: "json" })
    .$type<RetentionDays>()
    .notNull()
    .default(sql`'{"declined":730,"referred":2555,"closed":730,"withdrawn":365}'`),
  /** Days a saved application form (a draft) is kept after it was last saved or resumed. */
  draftRetentionDays: integer("draft_retention_days").notNull().default(30),
  /** Days staff have to send the letter asking the evidence's custodian to preserve it. */
  preservationDueDays: integer("preservation_due_days").notNull().default(14),
  createdAt: createdAt(),
});

export const criteriaVersions = sqliteTable(
  "criteria_versions",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    version: integer("version").notNull(),
    criteria: text("criteria", { mode: "json" }).$type<Criterion[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("criteria_versions_org_version").on(t.organizationId, t.version)],
);

export const cases = sqliteTable(
  "cases",
  {
    id: text("id").primaryKey(),
    reference: text("reference").notNull().unique(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    status: text("status", { enum: caseStatuses }).notNull().default("submitted"),
    language: text("language", { enum: languages }).notNull(),
    submitterRole: text("submitter_role", { enum: submitterRoles }).notNull(),
    source: text("source", { enum: ["web_form", "api", "paper_mail"] }).notNull(),
    /** The validated application JSON (SPEC §2). */
    application: text("application", { mode: "json" }).$type<Application>().notNull(),
    /** Client key (API `Idempotency-Key`, or the form's one-time submission id). */
    idempotencyKey: text("idempotency_key").unique(),
    /** SHA-256 of the request that made the case, to refuse a reused key with another body. */
    requestHash: text("request_hash"),
    /** Whether the case's workflow runs; the sweep (src/cases/sweep.ts) starts or restarts it when not. */
    workflowState: text("workflow_state", { enum: workflowStates }).notNull().default("pending"),
    /** Restarts by the sweep since the workflow last ran a step; past a few, staff are told. */
    workflowRestarts: integer("workflow_restarts").notNull().default(0),
    /**
     * How the case's search terms were made (`SEARCH_TERMS_VERSION` in src/cases/search-index.ts);
     * 0 until they are. The daily job writes them again for cases below the current version.
     */
    searchTermsVersion: integer("search_terms_version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [
    // Also finds cases past retention: an organization's cases in a final status, oldest first.
    index("cases_org_status").on(t.organizationId, t.status, t.updatedAt),
    index("cases_created").on(t.createdAt, t.id),
    // An organization's queue, newest first, a page at a time from a cursor without sorting them all.
    index("cases_org_created").on(t.organizationId, t.createdAt, t.id),
    index("cases_workflow_state").on(t.workflowState, t.updatedAt),
    index("cases_search_terms_version").on(t.searchTermsVersion),
  ],
);

export const contacts = sqliteTable(
  "contacts",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    role: text("role", { enum: contactRoles }).notNull(),
    isSubmitter: integer("is_submitter", { mode: "boolean" }).notNull().default(false),
    name: text("name").notNull(),
    email: text("email"),
    postalAddress: text("postal_address"),
    language: text("language", { enum: languages }).notNull(),
    /** Consent to be kept informed by email. */
    notify: integer("notify", { mode: "boolean" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("contacts_case").on(t.caseId)],
);

export const attachments = sqliteTable(
  "attachments",
  {
    id: text("id").primaryKey(),
    /** Null while the file is held for a form that failed validation (see `draftId`). */
    caseId: text("case_id").references(() => cases.id),
    /** The form submission that uploaded it, so a corrected retry can claim it. */
    draftId: text("draft_id"),
    r2Key: text("r2_key").notNull().unique(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    sha256: text("sha256").notNull(),
    /** Who sent it; `staff` for a scan of incoming post staff added. */
    uploadedBy: text("uploaded_by", { enum: [...contactRoles, "staff"] }).notNull(),
    /**
     * The incoming letter, call, email or visit it came with (`correspondence.id`). Not declared as a
     * foreign key: adding one to an existing SQLite table would make drizzle-kit rebuild the table.
     */
    correspondenceId: text("correspondence_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("attachments_case").on(t.caseId),
    index("attachments_draft").on(t.draftId),
    index("attachments_correspondence").on(t.correspondenceId),
  ],
);

/**
 * Multipart uploads to R2 in flight. A row is written before the first part is sent and removed
 * once the upload is completed or aborted, so one cut off by a crash is found and aborted by the
 * daily job instead of leaving its parts in R2.
 */
export const uploadJournal = sqliteTable(
  "upload_journal",
  {
    r2Key: text("r2_key").primaryKey(),
    uploadId: text("upload_id").notNull(),
    startedAt: integer("started_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index("upload_journal_started").on(t.startedAt)],
);

/** Capability links: only the SHA-256 of the random token is stored. */
export const capabilityTokens = sqliteTable(
  "capability_tokens",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    contactId: text("contact_id").references(() => contacts.id),
    reviewerId: text("reviewer_id").references(() => reviewers.id),
    /** The request an action link answers; its single use completes it. */
    assignmentId: text("assignment_id").references(() => assignments.id),
    role: text("role", { enum: actorRoles }).notNull(),
    purpose: text("purpose", { enum: tokenPurposes }).notNull(),
    round: integer("round").notNull().default(0),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("capability_tokens_case").on(t.caseId),
    index("capability_tokens_contact").on(t.contactId),
    index("capability_tokens_reviewer").on(t.reviewerId),
    index("capability_tokens_assignment").on(t.assignmentId),
  ],
);

/** Every message the system sends: the audit of who was told what and when. */
export const notifications = sqliteTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    /** The recipient: one of a contact, a reviewer, or the organization's intake address. */
    contactId: text("contact_id").references(() => contacts.id),
    reviewerId: text("reviewer_id").references(() => reviewers.id),
    organizationId: text("organization_id").references(() => organizations.id),
    template: text("template").notNull(),
    /** Ids the message is about (assignment, decision, organization…), never personal data. */
    context: text("context", { mode: "json" }).$type<NotificationContext>().notNull().default({}),
    language: text("language", { enum: languages }).notNull(),
    /** One message per (case, event, recipient): a retried step finds it and sends nothing. */
    dedupeKey: text("dedupe_key").notNull().unique(),
    channel: text("channel", { enum: notificationChannels }).notNull().default("email"),
    status: text("status", { enum: notificationStatuses }).notNull().default("pending"),
    providerMessageId: text("provider_message_id"),
    /** Why the provider refused the message for good, in its own words (`E_RECIPIENT_SUPPRESSED`, `SMTP 550 5.1.1`). */
    failureCode: text("failure_code"),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("notifications_case").on(t.caseId),
    index("notifications_contact").on(t.contactId),
    index("notifications_reviewer").on(t.reviewerId),
    index("notifications_organization").on(t.organizationId),
    index("notifications_channel_status").on(t.channel, t.status),
  ],
);

/** Append-only history of a case. `data` never holds personal data: ids, codes and counts only. */
export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    type: text("type").notNull(),
    actor: text("actor").notNull(),
    data: text("data", { mode: "json" }).$type<Record<string, string | number | boolean | null>>(),
    /** Makes a retried workflow step record its event once. */
    dedupeKey: text("dedupe_key").unique(),
    /** The organization that held the case when it happened: whose webhooks hear of it. */
    organizationId: text("organization_id"),
    createdAt: createdAt(),
  },
  (t) => [index("events_case").on(t.caseId), index("events_org").on(t.organizationId, t.id)],
);

export type NotificationContext = {
  assignmentId?: string;
  notificationId?: string;
  decisionId?: string;
  organizationId?: string;
  reason?: string;
  movedByStaff?: boolean;
  /** A message staff wrote (`staff_messages.id`). */
  messageId?: string;
  /** A task the message is about: an overdue one, or the preservation task a letter is for. */
  taskId?: string;
};

export const reviewers = sqliteTable(
  "reviewers",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    language: text("language", { enum: languages }).notNull().default("en"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("reviewers_org").on(t.organizationId)],
);

/** Who has an own page listing their cases: a reviewer, or an expert or referral partner (by email). */
export const ownPageRoles = ["reviewer", "expert", "referral_partner"] as const;
export type OwnPageRole = (typeof ownPageRoles)[number];

/**
 * Links to a person's own page, listing their cases: a reviewer's (`/reviewer/:token`, by reviewer),
 * an expert's (`/expert/:token`) or a referral partner's (`/partner/:token`), by the email address
 * their requests went to, lower-cased. One is issued with every message that carries it and with
 * each "send me my link" request (`requested`, which is rate-limited). Only the SHA-256 of the token
 * is stored; staff revoke a reviewer's all at once (`revokedAt`).
 */
export const ownPageLinks = sqliteTable(
  "own_page_links",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull().unique(),
    role: text("role", { enum: ownPageRoles }).notNull(),
    reviewerId: text("reviewer_id").references(() => reviewers.id),
    email: text("email"),
    requested: integer("requested", { mode: "boolean" }).notNull().default(false),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("own_page_links_reviewer").on(t.reviewerId, t.createdAt),
    index("own_page_links_email").on(t.email, t.createdAt),
  ],
);

/** Pro bono lawyers an organization refers accepted cases to. */
export const referralPartners = sqliteTable(
  "referral_partners",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    name: text("name").notNull(),
    email: text("email").notNull(),
    language: text("language", { enum: languages }).notNull().default("en"),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("referral_partners_org").on(t.organizationId)],
);

/** Someone asked to act on a case in a round: review it, answer questions, give an opinion, take a referral. */
export const assignments = sqliteTable(
  "assignments",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    round: integer("round").notNull(),
    kind: text("kind", { enum: assignmentKinds }).notNull(),
    reviewerId: text("reviewer_id").references(() => reviewers.id),
    contactId: text("contact_id").references(() => contacts.id),
    /** For a referral to another member organization. */
    organizationId: text("organization_id").references(() => organizations.id),
    status: text("status", { enum: assignmentStatuses }).notNull().default("open"),
    remindersSent: integer("reminders_sent").notNull().default(0),
    dueAt: integer("due_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
    completedAt: integer("completed_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("assignments_case").on(t.caseId, t.status),
    index("assignments_reviewer_status").on(t.reviewerId, t.status),
    index("assignments_contact").on(t.contactId),
    index("assignments_organization").on(t.organizationId),
    index("assignments_open_due").on(t.status, t.dueAt),
  ],
);

export const decisions = sqliteTable(
  "decisions",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    round: integer("round").notNull(),
    /** One decision per assignment: a second POST, or a racing one, fails here and changes nothing. */
    assignmentId: text("assignment_id")
      .notNull()
      .unique()
      .references(() => assignments.id),
    reviewerId: text("reviewer_id")
      .notNull()
      .references(() => reviewers.id),
    outcome: text("outcome", { enum: decisionOutcomes }).notNull(),
    reasonCodes: text("reason_codes", { mode: "json" }).$type<string[]>().notNull(),
    note: text("note"),
    questions: text("questions"),
    expertEmail: text("expert_email"),
    /** The documents the reviewer lets the expert see (attachment ids); null lets them see none. */
    expertAttachmentIds: text("expert_attachment_ids", { mode: "json" }).$type<string[]>(),
    referToOrganizationId: text("refer_to_organization_id").references(() => organizations.id),
    createdAt: createdAt(),
  },
  // Reads by case (the purge, the case page, a case's first decision for the wait figures) and by
  // reviewer, newest first (their own page).
  (t) => [
    index("decisions_case").on(t.caseId, t.round),
    index("decisions_reviewer").on(t.reviewerId, t.createdAt),
    index("decisions_refer_to").on(t.referToOrganizationId),
  ],
);

/** What comes back through a link: the applicant's answer, an expert's opinion, a partner's reply. */
export const responses = sqliteTable(
  "responses",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    round: integer("round").notNull(),
    assignmentId: text("assignment_id")
      .notNull()
      .unique()
      .references(() => assignments.id),
    kind: text("kind", { enum: ["answer", "opinion", "referral"] }).notNull(),
    body: text("body"),
    accepted: integer("accepted", { mode: "boolean" }),
    createdAt: createdAt(),
  },
  (t) => [index("responses_case").on(t.caseId)],
);

export type CriterionResult = { id: string; result: "pass" | "fail" | "unknown"; onFail: Criterion["onFail"] };

/** The machine-checkable criteria evaluated for a case, with the criteria version used. */
export const screenings = sqliteTable(
  "screenings",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    criteriaVersionId: text("criteria_version_id").references(() => criteriaVersions.id),
    results: text("results", { mode: "json" }).$type<CriterionResult[]>().notNull(),
    outcome: text("outcome", { enum: ["pass", "flagged", "route", "decline"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("screenings_case_org").on(t.caseId, t.organizationId)],
);

/**
 * Staff: people behind Cloudflare Access (`identity` is the Access JWT's email) or API clients
 * using an Access service token (`identity` is its client id, the JWT's `common_name`).
 * Without an organization they are network staff and see every case.
 */
export const staff = sqliteTable(
  "staff",
  {
    id: text("id").primaryKey(),
    identity: text("identity").notNull().unique(),
    name: text("name").notNull(),
    organizationId: text("organization_id").references(() => organizations.id),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index("staff_org").on(t.organizationId)],
);

/**
 * Keyed hashes (HMAC-SHA256) of who a case is about, to find the same person applying twice,
 * here or at another member, without keeping anything readable. One row per identifying pair.
 */
export const personKeys = sqliteTable(
  "person_keys",
  {
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind", { enum: ["name_birth_date", "name_prison_number"] }).notNull(),
    keyHash: text("key_hash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kind] }), index("person_keys_hash").on(t.keyHash)],
);

/**
 * The blind index of the case search (src/lib/search-terms.ts): one row per distinct term of a case
 * (a word of the applicant's or submitter's name, an email address, a prison or case number), kept
 * only as a keyed hash, so nothing here is readable. `organizationId` is the case's, kept in step
 * when the case moves (`moveCase`), so a search by an organization's staff reads only its own rows.
 */
export const searchTerms = sqliteTable(
  "search_terms",
  {
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    termHash: text("term_hash").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.caseId, t.termHash] }),
    // Term first: network staff search every organization with the same index.
    index("search_terms_lookup").on(t.termHash, t.organizationId, t.caseId),
  ],
);

/**
 * Append-only history of an organization's configuration: settings, criteria versions, reviewers
 * and staff added or changed, and by whom. Like `events`, `data` holds ids and field names only.
 */
export const organizationEvents = sqliteTable(
  "organization_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    type: text("type").notNull(),
    actor: text("actor").notNull(),
    data: text("data", { mode: "json" }).$type<Record<string, string | number | boolean | null>>(),
    createdAt: createdAt(),
  },
  (t) => [index("organization_events_org").on(t.organizationId)],
);

/**
 * Each case's data key (AES-GCM), wrapped by a key-encryption key from the `DATA_KEYS` secret.
 * Rotating that secret re-wraps these rows; the sealed fields are never re-encrypted. Deleting a
 * case's row makes every copy of its sealed fields unreadable.
 */
export const caseKeys = sqliteTable(
  "case_keys",
  {
    caseId: text("case_id")
      .primaryKey()
      .references(() => cases.id),
    /** Which key-encryption key wrapped it (the id before the colon in `DATA_KEYS`). */
    keyId: text("key_id").notNull(),
    wrappedKey: text("wrapped_key").notNull(),
    createdAt: createdAt(),
  },
  // The daily re-wrap finds the keys an older key wrapped without reading every case's.
  (t) => [index("case_keys_key").on(t.keyId)],
);

/**
 * An organization's Standard Webhooks subscription: case events POSTed, signed, to `url`.
 * `cursor` is the last event id already turned into deliveries; a new subscription starts at the
 * newest event, so it hears of what happens from then on.
 */
export const webhooks = sqliteTable(
  "webhooks",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    url: text("url").notNull(),
    /** Webhook event names (`submitted`, `decided`, `message`…), see src/cases/webhooks.ts. */
    events: text("events", { mode: "json" }).$type<string[]>().notNull(),
    /** Whether each delivery carries the application with its sealed text opened. */
    includeCaseBody: integer("include_case_body", { mode: "boolean" }).notNull().default(false),
    /** The signing secret (`whsec_…`), sealed with the current `DATA_KEYS` key; shown once, when made. */
    secret: text("secret").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    cursor: integer("cursor").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index("webhooks_org").on(t.organizationId)],
);

export const webhookDeliveryStatuses = ["pending", "delivered", "failed"] as const;

/** One event for one subscription: its Standard Webhooks message, and how sending it went. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    /** The message id, sent as `webhook-id`: the same on every try and replay, so receivers can deduplicate. */
    id: text("id").primaryKey(),
    webhookId: text("webhook_id")
      .notNull()
      .references(() => webhooks.id),
    eventId: integer("event_id").notNull(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    /** The webhook event name (`decided`, `message`…). */
    event: text("event").notNull(),
    status: text("status", { enum: webhookDeliveryStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** The HTTP status of the last try, or null when it got no answer (see `lastError`). */
    lastStatus: integer("last_status"),
    /** `timeout`, `network` or `redirect` when the last try got no usable answer. */
    lastError: text("last_error"),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    deliveredAt: integer("delivered_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_once").on(t.webhookId, t.eventId),
    index("webhook_deliveries_due").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_case").on(t.caseId),
  ],
);

export const correspondenceKinds = ["letter", "call", "email", "visit"] as const;

/**
 * Correspondence about a case that came in (a letter, a call, an email, a visit), as staff logged
 * it: when, from whom on the case if known, and what it said (sealed). Scans are attachments that
 * name it.
 */
export const correspondence = sqliteTable(
  "correspondence",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind", { enum: correspondenceKinds }).notNull(),
    /** The day it arrived or took place, `YYYY-MM-DD`. */
    receivedOn: text("received_on").notNull(),
    contactId: text("contact_id").references(() => contacts.id),
    /** Sealed (src/lib/sealing.ts). */
    summary: text("summary").notNull(),
    recordedBy: text("recorded_by").notNull(),
    /**
     * The task it answers (`tasks.id`), such as a custodian's answer to a preservation letter. Not a
     * declared foreign key: adding one to an existing SQLite table would make drizzle-kit rebuild it.
     */
    taskId: text("task_id"),
    createdAt: createdAt(),
  },
  (t) => [index("correspondence_case").on(t.caseId)],
);

/**
 * What staff wrote to someone on a case. The text is sealed; sending it (by email, or printing it
 * as a letter) is a `notifications` row whose context names this row.
 */
export const staffMessages = sqliteTable(
  "staff_messages",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    contactId: text("contact_id")
      .notNull()
      .references(() => contacts.id),
    /** Sealed; shown as a heading in the message, never in the email's subject line. */
    subject: text("subject"),
    /** Sealed. */
    body: text("body").notNull(),
    channel: text("channel", { enum: notificationChannels }).notNull(),
    writtenBy: text("written_by").notNull(),
    /** The client's Idempotency-Key (or the form's one-time id): a retried send writes one message. */
    clientKey: text("client_key").unique(),
    createdAt: createdAt(),
  },
  (t) => [index("staff_messages_case").on(t.caseId)],
);

/** Internal notes on a case: read by staff only, sealed like the case's other free text. */
export const notes = sqliteTable(
  "notes",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    /** Sealed. */
    body: text("body").notNull(),
    writtenBy: text("written_by").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("notes_case").on(t.caseId)],
);

/**
 * What a task is for: one staff made (`general`), or the letter asking the custodian of biological
 * evidence to preserve it (`evidence_preservation`, src/cases/preservation.ts), at most one per case.
 */
export const taskKinds = ["general", "evidence_preservation"] as const;
export type TaskKind = (typeof taskKinds)[number];

/** Follow-ups on a case: what to do, by when, and who among the staff does it. */
export const tasks = sqliteTable(
  "tasks",
  {
    id: text("id").primaryKey(),
    caseId: text("case_id")
      .notNull()
      .references(() => cases.id),
    kind: text("kind", { enum: taskKinds }).notNull().default("general"),
    /** Sealed: a task's title is free text about the case. */
    title: text("title").notNull(),
    /** `YYYY-MM-DD`. */
    dueOn: text("due_on").notNull(),
    assigneeId: text("assignee_id").references(() => staff.id),
    createdBy: text("created_by").notNull(),
    createdAt: createdAt(),
    doneAt: integer("done_at", { mode: "timestamp_ms" }),
    doneBy: text("done_by"),
    /** When the daily job told the intake team the task is past its day (once per task). */
    overdueAlertedAt: integer("overdue_alerted_at", { mode: "timestamp_ms" }),
    /** The day (`YYYY-MM-DD`) the daily job last reminded staff of an evidence preservation letter not sent. */
    lastRemindedOn: text("last_reminded_on"),
  },
  (t) => [
    // The daily job's preservation reminders, and the queue's preservation filter.
    index("tasks_kind_open").on(t.kind, t.doneAt, t.dueOn),
    // The queue's next task of each case, and its "due this week" and "my tasks" filters.
    index("tasks_case_open").on(t.caseId, t.doneAt, t.dueOn),
    index("tasks_open_due").on(t.doneAt, t.dueOn),
    index("tasks_assignee").on(t.assigneeId, t.doneAt),
  ],
);

/** Texts staff of an organization write again and again, to start a message from. */
export const snippets = sqliteTable(
  "snippets",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** The language it is written in, when it is meant for readers of one language. */
    language: text("language", { enum: languages }),
    createdAt: createdAt(),
  },
  (t) => [index("snippets_org").on(t.organizationId)],
);

/** Copies of sent mail for `/dev/mailbox`; written only when ENVIRONMENT=development. */
export const devMailbox = sqliteTable(
  "dev_mailbox",
  {
    id: text("id").primaryKey(),
    notificationId: text("notification_id"),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("dev_mailbox_notification").on(t.notificationId)],
);

/**
 * Each organization's wait, computed from its own data by the daily job (src/cases/backlog.ts):
 * public figures, read on every landing page, so they are kept here instead of counted per request.
 */
export const organizationBacklog = sqliteTable("organization_backlog", {
  organizationId: text("organization_id")
    .primaryKey()
    .references(() => organizations.id),
  /** Cases received in the 12 months before `computedAt`. */
  receivedLast12Months: integer("received_last_12_months").notNull(),
  /** Open cases with no first decision (accept, decline or refer by a reviewer) yet. */
  waitingForFirstDecision: integer("waiting_for_first_decision").notNull(),
  /** First decisions made in the 12 months before `computedAt`: how many the median is of. */
  firstDecisionsLast12Months: integer("first_decisions_last_12_months").notNull(),
  /** Median days from receipt to first decision over those; null below the threshold (too few to say). */
  medianDaysToFirstDecision: integer("median_days_to_first_decision"),
  computedAt: integer("computed_at", { mode: "timestamp_ms" }).notNull(),
});

/** Where a draft of the application form was left: one of the form's steps, or its last page. */
export const draftPositions = [
  "you",
  "person",
  "conviction",
  "claim",
  "lawyers",
  "contacts",
  "documents",
  "permission",
  "check",
] as const;
export type DraftPosition = (typeof draftPositions)[number];

/**
 * An application form being filled in (src/cases/drafts.ts): saved at every step, with its files
 * (attachment rows with this `draft_id` and no case), until it is sent or left past its retention.
 * What was typed is one sealed value under the draft's own data key; only hashes of the form's key,
 * the resume code and the resume link are kept.
 */
export const drafts = sqliteTable(
  "drafts",
  {
    id: text("id").primaryKey(),
    /** SHA-256 of the form's key (in its pages' addresses); a resume replaces it. */
    keyHash: text("key_hash").notNull().unique(),
    role: text("role", { enum: submitterRoles }).notNull(),
    language: text("language", { enum: languages }).notNull(),
    position: text("position", { enum: draftPositions }).notNull(),
    /** The organization chosen, or serving the place of conviction: its retention setting applies. */
    organizationId: text("organization_id").references(() => organizations.id),
    /** The fields typed and the resume code, sealed (`sealed:v1:…`). */
    sealed: text("sealed").notNull(),
    /** The draft's data key, wrapped like a case's (`case_keys`). */
    keyId: text("key_id").notNull(),
    wrappedKey: text("wrapped_key").notNull(),
    /** Keyed hash (HMAC) of the resume code, so a stolen table cannot be searched for codes. */
    resumeCodeHash: text("resume_code_hash").notNull().unique(),
    /** SHA-256 of the emailed resume link's token, once emailed. */
    resumeLinkHash: text("resume_link_hash").unique(),
    /** The resume email: claimed by one request (`sending`), then `sent`; sent once per draft. */
    resumeMail: text("resume_mail", { enum: ["sending", "sent"] }),
    resumeMailAt: integer("resume_mail_at", { mode: "timestamp_ms" }),
    resumeMailMessageId: text("resume_mail_message_id"),
    savedAt: integer("saved_at", { mode: "timestamp_ms" }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("drafts_saved").on(t.savedAt)],
);

/**
 * What staff export (src/cases/exports.ts): as a CSV, the queue's cases or one table of the reports;
 * as a ZIP, everything held about a case (`case`) or about its person across their cases (`person`).
 */
export const exportKinds = ["cases", "report", "case", "person"] as const;
export type ExportKind = (typeof exportKinds)[number];

/**
 * `running` while the ExportJob workflow writes the file, then `ready` to download or `failed`;
 * `expired` once the daily job removed the file, a day after it was asked for.
 */
export const exportStatuses = ["running", "ready", "failed", "expired"] as const;
export type ExportStatus = (typeof exportStatuses)[number];

/**
 * How far an export's workflow has come, kept on its row so that a run can hand over to the next
 * (src/cases/export-parts.ts). Ids, numbers and R2's part receipts only: never a row's content.
 */
export type ExportProgress = {
  /** Rows written so far (a ZIP's entries). */
  rows: number;
  /** Where the next page of rows starts (the source's own cursor); null before the first. */
  cursor: string | null;
  /** The source has no more rows. */
  done: boolean;
  /** Pages written as chunk objects (`exports/<id>/chunks/<n>`), numbered from 0. */
  chunks: number;
  /** Chunks not yet (wholly) in a part, oldest first, with their sizes in bytes. */
  pending: { n: number; bytes: number }[];
  /** Bytes of the first pending chunk already in a part. */
  offset: number;
  /** The parts uploaded, as R2 answered them. */
  parts: { partNumber: number; etag: string }[];
  /** A ZIP's own progress (`case` and `person` exports). */
  zip?: ZipProgress;
};

/**
 * How far a ZIP has come (src/cases/export-zip.ts). Its entries are the archive's document and
 * stored files, by id: their names, which can be personal, are read from D1 by the step that
 * writes them.
 */
export type ZipProgress = {
  /** The cases in the archive, in the document's order (and for erasure to find it). */
  cases: string[];
  /** How many other cases the person has that the staff member may not see. */
  elsewhere: number;
  /** The document's parts written so far (src/cases/subject-rights.ts, `documentPart`). */
  documentParts: number;
  /** Each entry's file (`attachments.id`; null for the document, first) and size, in the archive's order. */
  entries: { file: string | null; bytes: number }[];
  /** The entry being written (`entries.length` once every one is), and how many of its bytes are. */
  entry: number;
  at: number;
  /** The CRC-32 of those bytes. */
  crc: number;
  /** Bytes of the archive written so far. */
  written: number;
  /** Where each entry begun so far starts in the archive. */
  starts: number[];
  /** The CRC-32 of each finished entry. */
  crcs: number[];
  /** Once every entry is written: the central directory's records written, and where it starts. */
  directory: number;
  directoryStart: number;
};

/**
 * An export staff asked for: who, what (the filters as sent), how far it came, and where its file
 * is in R2. The row stays after the file is removed, as the record of who took what out.
 */
export const exportJobs = sqliteTable(
  "export_jobs",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: exportKinds }).notNull(),
    /** The query parameters as sent (the queue's, or the report's with its table), validated. */
    filters: text("filters", { mode: "json" }).$type<Record<string, string>>().notNull(),
    /** The staff actor who asked (`staff:<id>` or `staff:api-token`). */
    requestedBy: text("requested_by").notNull(),
    /** Their staff row, when they have one (whose tasks "my tasks" means). */
    staffId: text("staff_id").references(() => staff.id),
    /** Their organization: its staff may download the file. Null for network staff, whose files only network staff get. */
    organizationId: text("organization_id").references(() => organizations.id),
    status: text("status", { enum: exportStatuses }).notNull().default("running"),
    /** Rows the filters matched when the export started; the finished file's count once ready. */
    rowsTotal: integer("rows_total"),
    rowsDone: integer("rows_done").notNull().default(0),
    /** The finished file's size. */
    bytes: integer("bytes"),
    /** `exports/<id>/<file name>`; its chunks are under `exports/<id>/chunks/`. */
    r2Key: text("r2_key").notNull(),
    uploadId: text("upload_id"),
    progress: text("progress", { mode: "json" }).$type<ExportProgress>(),
    createdAt: createdAt(),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("export_jobs_org_created").on(t.organizationId, t.createdAt),
    index("export_jobs_status_created").on(t.status, t.createdAt),
  ],
);

/** Each download of an export's file, and by whom. */
export const exportDownloads = sqliteTable(
  "export_downloads",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    exportId: text("export_id")
      .notNull()
      .references(() => exportJobs.id),
    actor: text("actor").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("export_downloads_export").on(t.exportId)],
);

// A case history written straight into D1, for reports that must match it exactly (test/reports/)
// and for benchmarks at scale (bench/scale.ts; histories from bench/seed-history.ts). One
// description of a case — when it came, from where, who was told what, who reviewed it, how it
// moved — becomes rows of `cases`, `contacts`, `capability_tokens`, `notifications`, `assignments`,
// `decisions`, `events` and the rest as the app itself would have left them. Pure TypeScript with
// no Node or Workers imports, so both the tests (in workerd) and the bench (in Node) use it; grow it
// here when the bench needs more.

type Value = string | number | null;
type Data = Record<string, string | number | boolean | null>;

/** A review of a seeded case, with the decision when there was one. */
export type SeedReview = {
  id: string;
  reviewerId: string;
  round?: number;
  createdAt: number;
  dueAt: number;
  status: "open" | "done";
  decision?: { id: string; outcome: "accept" | "decline" | "refer"; reasonCodes?: string[]; at: number };
};

/** Someone the case names: the applicant, and the submitter when it is someone else. */
export type SeedPerson = {
  id: string;
  role: string;
  isSubmitter: boolean;
  name: string;
  email: string | null;
  postalAddress: string | null;
  language: string;
  notify: boolean;
};

/** A capability link, by the hash of its token. */
export type SeedLink = {
  id: string;
  tokenHash: string;
  purpose: "status" | "review" | "respond" | "consult" | "referral";
  role: string;
  contactId?: string;
  reviewerId?: string;
  assignmentId?: string;
  round?: number;
  createdAt: number;
  expiresAt: number;
  usedAt?: number;
};

/** A message sent (each leaves a `notified` event), to a contact, a reviewer or the organization. */
export type SeedMessage = {
  id: string;
  template: string;
  occasion: string;
  contactId?: string;
  reviewerId?: string;
  organizationId?: string;
  context?: Record<string, string>;
  at: number;
};

/** One case as it happened. Times are milliseconds since the epoch. */
export type SeedCase = {
  id: string;
  reference: string;
  organizationId: string;
  source: "web_form" | "api" | "paper_mail";
  jurisdiction: string;
  offenses?: string;
  evidenceTypes?: string[];
  receivedAt: number;
  /** Where it is now. */
  status: string;
  submitterRole?: string;
  applicantName?: string;
  reviews?: SeedReview[];
  /** Changes of status after receipt, in order (`in_review`, `declined`…), with the event's data. */
  moves?: Array<{ to: string; at: number; data?: Data }>;
  people?: SeedPerson[];
  links?: SeedLink[];
  messages?: SeedMessage[];
  /** The keyed hashes that find the same person applying twice. */
  personKeys?: Array<{ kind: "name_birth_date" | "name_prison_number"; keyHash: string }>;
  /** When receipt was logged and the case passed screening (one `screenings` row). */
  screenedAt?: number;
  /** Staff reads of the case page. */
  viewedAt?: number[];
  /** Its data key wrapped by `DATA_KEYS` and its statement sealed with it (`sealHistory`). */
  sealed?: { keyId: string; wrappedKey: string; innocenceStatement: string };
  /** The search's term hashes of its application and the version they were made by (`indexHistory`). */
  search?: { version: number; terms: string[] };
};

export type SeedStatement = { sql: string; params: Value[] };
export type SeedTable = { table: string; columns: readonly string[]; rows: Value[][] };

/** D1 binds at most 100 parameters per statement; rows are grouped under it. */
const MAX_PARAMS = 100;

/** The tables a history writes, parents before children, with the columns it fills. */
const TABLES = {
  cases: [
    "id",
    "reference",
    "organization_id",
    "status",
    "language",
    "submitter_role",
    "source",
    "application",
    "workflow_state",
    "search_terms_version",
    "created_at",
    "updated_at",
  ],
  case_keys: ["case_id", "key_id", "wrapped_key", "created_at"],
  contacts: [
    "id",
    "case_id",
    "role",
    "is_submitter",
    "name",
    "email",
    "postal_address",
    "language",
    "notify",
    "created_at",
  ],
  person_keys: ["case_id", "kind", "key_hash"],
  screenings: ["id", "case_id", "organization_id", "results", "outcome", "created_at"],
  assignments: ["id", "case_id", "round", "kind", "reviewer_id", "status", "due_at", "created_at", "completed_at"],
  decisions: ["id", "case_id", "round", "assignment_id", "reviewer_id", "outcome", "reason_codes", "created_at"],
  capability_tokens: [
    "id",
    "token_hash",
    "case_id",
    "contact_id",
    "reviewer_id",
    "assignment_id",
    "role",
    "purpose",
    "round",
    "expires_at",
    "used_at",
    "created_at",
  ],
  notifications: [
    "id",
    "case_id",
    "contact_id",
    "reviewer_id",
    "organization_id",
    "template",
    "context",
    "language",
    "dedupe_key",
    "status",
    "created_at",
    "sent_at",
  ],
  events: ["case_id", "type", "actor", "data", "organization_id", "created_at"],
  search_terms: ["case_id", "organization_id", "term_hash"],
} as const;
type Rows = Record<keyof typeof TABLES, Value[][]>;

/** The rows that write `history`, table by table, parents before children. */
export function seedRows(history: SeedCase[]): SeedTable[] {
  const rows = Object.fromEntries(Object.keys(TABLES).map((table) => [table, []])) as unknown as Rows;
  for (const kase of history) writeCase(kase, rows);
  return Object.entries(TABLES).map(([table, columns]) => ({ table, columns, rows: rows[table as keyof Rows] }));
}

/** The statements that write `history`, parents before children, each within D1's limits. */
export function seedStatements(history: SeedCase[]): SeedStatement[] {
  return seedRows(history).flatMap(({ table, columns, rows }) => {
    const perStatement = Math.floor(MAX_PARAMS / columns.length);
    const statements: SeedStatement[] = [];
    for (let i = 0; i < rows.length; i += perStatement) {
      const chunk = rows.slice(i, i + perStatement);
      const values = chunk.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ");
      statements.push({ sql: `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values}`, params: chunk.flat() });
    }
    return statements;
  });
}

/** The application a seeded case was made from, as stored (its statement sealed once `sealHistory` ran). */
export function seedApplication(kase: SeedCase) {
  const name = kase.applicantName ?? "Seeded Person";
  return {
    organization: kase.organizationId,
    language: "en",
    submitter: { role: kase.submitterRole ?? "self", name, postalAddress: "Seeded" },
    applicant: { name },
    conviction: { jurisdiction: kase.jurisdiction, offenses: kase.offenses ?? "Robbery" },
    claim: {
      innocenceStatement: kase.sealed?.innocenceStatement ?? "Seeded.",
      evidenceTypes: kase.evidenceTypes ?? [],
    },
    lawyers: [],
    contacts: [],
    consent: { dataProcessing: true },
  };
}

/** The app's `searchTermsOf` (src/lib/search-terms.ts) with its key given. */
export type TermsOf = (application: ReturnType<typeof seedApplication>) => Promise<string[]>;

/** Gives every case of `history` its search terms, so seeded cases are found as the app's own are. */
export async function indexHistory(history: SeedCase[], termsOf: TermsOf, version: number): Promise<void> {
  for (let i = 0; i < history.length; i += 1000) {
    await Promise.all(
      history.slice(i, i + 1000).map(async (kase) => {
        kase.search = { version, terms: await termsOf(seedApplication(kase)) };
      }),
    );
  }
}

function writeCase(kase: SeedCase, rows: Rows) {
  const application = seedApplication(kase);
  const submitterRole = application.submitter.role;
  const last = Math.max(kase.receivedAt, ...(kase.moves ?? []).map((m) => m.at));
  rows.cases.push([
    kase.id,
    kase.reference,
    kase.organizationId,
    kase.status,
    "en",
    submitterRole,
    kase.source,
    JSON.stringify(application),
    "running",
    kase.search?.version ?? 0,
    kase.receivedAt,
    last,
  ]);
  for (const term of kase.search?.terms ?? []) rows.search_terms.push([kase.id, kase.organizationId, term]);
  if (kase.sealed) rows.case_keys.push([kase.id, kase.sealed.keyId, kase.sealed.wrappedKey, kase.receivedAt]);
  for (const p of kase.people ?? [])
    rows.contacts.push([
      p.id,
      kase.id,
      p.role,
      p.isSubmitter ? 1 : 0,
      p.name,
      p.email,
      p.postalAddress,
      p.language,
      p.notify ? 1 : 0,
      kase.receivedAt,
    ]);
  for (const key of kase.personKeys ?? []) rows.person_keys.push([kase.id, key.kind, key.keyHash]);

  const event = (type: string, at: number, data: Data = {}, actor = "system") =>
    rows.events.push([kase.id, type, actor, JSON.stringify(data), kase.organizationId, at]);
  event("submitted", kase.receivedAt, { source: kase.source });
  if (kase.screenedAt !== undefined) {
    event("received", kase.receivedAt);
    rows.screenings.push([`${kase.id}-sc`, kase.id, kase.organizationId, "[]", "pass", kase.screenedAt]);
    event("screened", kase.screenedAt, { organizationId: kase.organizationId, criteriaVersion: null, outcome: "pass" });
  }
  for (const review of kase.reviews ?? []) {
    const round = review.round ?? 1;
    rows.assignments.push([
      review.id,
      kase.id,
      round,
      "review",
      review.reviewerId,
      review.status,
      review.dueAt,
      review.createdAt,
      review.decision?.at ?? null,
    ]);
    event("assigned", review.createdAt, { assignmentId: review.id, reviewerId: review.reviewerId, round });
    const decision = review.decision;
    if (!decision) continue;
    rows.decisions.push([
      decision.id,
      kase.id,
      round,
      review.id,
      review.reviewerId,
      decision.outcome,
      JSON.stringify(decision.reasonCodes ?? []),
      decision.at,
    ]);
    event("decided", decision.at, { decisionId: decision.id, outcome: decision.outcome, round });
  }
  for (const move of kase.moves ?? []) event(move.to, move.at, move.data);
  for (const link of kase.links ?? [])
    rows.capability_tokens.push([
      link.id,
      link.tokenHash,
      kase.id,
      link.contactId ?? null,
      link.reviewerId ?? null,
      link.assignmentId ?? null,
      link.role,
      link.purpose,
      link.round ?? 0,
      link.expiresAt,
      link.usedAt ?? null,
      link.createdAt,
    ]);
  for (const m of kase.messages ?? []) {
    const recipient = m.contactId
      ? `contact:${m.contactId}`
      : m.reviewerId
        ? `reviewer:${m.reviewerId}`
        : `organization:${m.organizationId}`;
    rows.notifications.push([
      m.id,
      kase.id,
      m.contactId ?? null,
      m.reviewerId ?? null,
      m.organizationId ?? null,
      m.template,
      JSON.stringify(m.context ?? {}),
      "en",
      `${kase.id}:${m.template}:${m.occasion}:${recipient}`,
      "sent",
      m.at,
      m.at,
    ]);
    event("notified", m.at, { notificationId: m.id, template: m.template, channel: "email" });
  }
  for (const at of kase.viewedAt ?? []) event("viewed_by_staff", at, { view: "case" }, "staff:seed");
}

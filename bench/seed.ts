// A case history written straight into D1, for reports that must match it exactly (test/reports/)
// and for benchmarks at scale (bench/run.ts). One description of a case — when it came, from where,
// who reviewed it, how it moved — becomes rows of `cases`, `assignments`, `decisions` and `events`
// as the app itself would have left them. Pure TypeScript with no Node or Workers imports, so both
// the tests (in workerd) and the bench (in Node) use it; grow it here when the bench needs more.

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
  reviews?: SeedReview[];
  /** Changes of status after receipt, in order (`in_review`, `declined`…), with the event's data. */
  moves?: Array<{ to: string; at: number; data?: Record<string, string | number | boolean | null> }>;
};

export type SeedStatement = { sql: string; params: (string | number | null)[] };

/** D1 binds at most 100 parameters per statement; rows are grouped under it. */
const MAX_PARAMS = 100;

function insert(table: string, columns: string[], rows: (string | number | null)[][]): SeedStatement[] {
  const perStatement = Math.floor(MAX_PARAMS / columns.length);
  const statements: SeedStatement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const values = chunk.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ");
    statements.push({ sql: `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values}`, params: chunk.flat() });
  }
  return statements;
}

/** The statements that write `history`, parents before children, each within D1's limits. */
export function seedStatements(history: SeedCase[]): SeedStatement[] {
  const caseRows: (string | number | null)[][] = [];
  const assignmentRows: (string | number | null)[][] = [];
  const decisionRows: (string | number | null)[][] = [];
  const eventRows: (string | number | null)[][] = [];
  for (const kase of history) {
    const application = {
      organization: kase.organizationId,
      language: "en",
      submitter: { role: "self", name: "Seeded Person", postalAddress: "Seeded" },
      applicant: { name: "Seeded Person" },
      conviction: { jurisdiction: kase.jurisdiction, offenses: kase.offenses ?? "Robbery" },
      claim: { innocenceStatement: "Seeded.", evidenceTypes: kase.evidenceTypes ?? [] },
      lawyers: [],
      contacts: [],
      consent: { dataProcessing: true },
    };
    const last = Math.max(kase.receivedAt, ...(kase.moves ?? []).map((m) => m.at));
    caseRows.push([
      kase.id,
      kase.reference,
      kase.organizationId,
      kase.status,
      "en",
      "self",
      kase.source,
      JSON.stringify(application),
      "running",
      kase.receivedAt,
      last,
    ]);
    const event = (type: string, at: number, data: Record<string, unknown> = {}) =>
      eventRows.push([kase.id, type, "system", JSON.stringify(data), kase.organizationId, at]);
    event("submitted", kase.receivedAt, { source: kase.source });
    for (const review of kase.reviews ?? []) {
      const round = review.round ?? 1;
      assignmentRows.push([
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
      decisionRows.push([
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
  }
  return [
    ...insert(
      "cases",
      [
        "id",
        "reference",
        "organization_id",
        "status",
        "language",
        "submitter_role",
        "source",
        "application",
        "workflow_state",
        "created_at",
        "updated_at",
      ],
      caseRows,
    ),
    ...insert(
      "assignments",
      ["id", "case_id", "round", "kind", "reviewer_id", "status", "due_at", "created_at", "completed_at"],
      assignmentRows,
    ),
    ...insert(
      "decisions",
      ["id", "case_id", "round", "assignment_id", "reviewer_id", "outcome", "reason_codes", "created_at"],
      decisionRows,
    ),
    ...insert("events", ["case_id", "type", "actor", "data", "organization_id", "created_at"], eventRows),
  ];
}

/** A small, fast, seeded random number generator (mulberry32), so a generated history is the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const REFERENCE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/**
 * `count` cases received over `days` days up to `until`, spread over the organizations and their
 * reviewers, in every stage: about a third still in review (some overdue), the rest declined with
 * reasons, referred, or closed. The same `seed` gives the same history. Cases are numbered from
 * `first` (ids `seed-<n>`, references from n), so a later history can continue an earlier one.
 */
export function generateHistory(options: {
  count: number;
  organizations: Array<{ id: string; jurisdictions: string[]; reviewerIds: string[] }>;
  until: number;
  days: number;
  seed?: number;
  first?: number;
}): SeedCase[] {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const sources = ["web_form", "web_form", "api", "paper_mail", "paper_mail"] as const;
  const evidence = ["dna", "eyewitness", "confession", "forensic", "informant", "alibi", "other"];
  const reasons = ["no_innocence_claim", "appeals_pending", "no_new_evidence", "case_type_excluded", "capacity"];
  const history: SeedCase[] = [];
  const first = options.first ?? 0;
  for (let i = first; i < first + options.count; i++) {
    const organization = pick(options.organizations);
    const receivedAt = options.until - Math.floor(random() * options.days * DAY);
    const reviewerId = pick(organization.reviewerIds);
    const reviewStart = receivedAt + Math.floor(random() * 2 * DAY);
    const decidedAt = reviewStart + Math.floor((1 + random() * 60) * DAY);
    let reference = "IN-";
    for (let j = 0, n = i + 1; j < 8; j++, n = Math.floor(n / 32)) reference += REFERENCE_LETTERS[n % 32];
    const kase: SeedCase = {
      id: `seed-${i}`,
      reference,
      organizationId: organization.id,
      source: pick(sources),
      jurisdiction: pick(organization.jurisdictions),
      evidenceTypes: evidence.filter(() => random() < 0.3),
      receivedAt,
      status: "in_review",
      moves: [{ to: "in_review", at: reviewStart, data: { round: 1 } }],
    };
    const fate = random();
    if (fate < 0.35 || decidedAt > options.until) {
      const dueAt = reviewStart + 14 * DAY;
      kase.reviews = [{ id: `seed-${i}-r`, reviewerId, createdAt: reviewStart, dueAt, status: "open" }];
    } else {
      const outcome = fate < 0.75 ? "decline" : fate < 0.9 ? "accept" : "refer";
      const decisionId = `seed-${i}-d`;
      const reasonCodes = outcome === "decline" ? [pick(reasons)] : [];
      kase.reviews = [
        {
          id: `seed-${i}-r`,
          reviewerId,
          createdAt: reviewStart,
          dueAt: reviewStart + 14 * DAY,
          status: "done",
          decision: { id: decisionId, outcome, reasonCodes, at: decidedAt },
        },
      ];
      const endedAt = decidedAt + DAY;
      kase.status = outcome === "decline" ? "declined" : outcome === "accept" ? "referred" : "closed";
      kase.moves?.push(
        outcome === "decline"
          ? { to: "declined", at: endedAt, data: { decisionId, reason: null } }
          : outcome === "accept"
            ? { to: "referred", at: endedAt, data: {} }
            : { to: "closed", at: endedAt, data: { reason: "other" } },
      );
    }
    history.push(kase);
  }
  return history;
}

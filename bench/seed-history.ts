// Generated case histories for bench/seed.ts: as many cases as asked, each with the people,
// links, messages, review and events a real one leaves behind (about 10 events, 2 to 4 messages,
// a status and a review link), the same every run for the same seed. Pure TypeScript, like seed.ts.
import type { SeedCase, SeedLink, SeedMessage, SeedPerson } from "./seed.ts";

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
const FIRST_NAMES = ["Alex", "Sam", "Jordan", "Maria", "Kenji", "Amara", "Luis", "Fatima", "Owen", "Priya"];
const LAST_NAMES = ["Rivera", "Walker", "Sato", "Okafor", "Novak", "Haddad", "Kowalski", "Nguyen", "Brennan", "Silva"];

export type SeedOrganization = {
  id: string;
  jurisdictions: string[];
  reviewerIds: string[];
  /** Its share of the cases, relative to the others' (1 when unset). */
  weight?: number;
};

/**
 * `count` cases received over `days` days up to `until`, spread over the organizations (by their
 * weights) and their reviewers, in every stage: about a third still in review (some overdue), the
 * rest declined with reasons, referred, or closed. About one in thirty is about someone who applied
 * before. The same `seed` gives the same history. Cases are numbered from `first` (ids
 * `seed-<n>`, references from n), so a later history can continue an earlier one.
 */
export function generateHistory(options: {
  count: number;
  organizations: SeedOrganization[];
  until: number;
  days: number;
  seed?: number;
  first?: number;
}): SeedCase[] {
  const random = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Stand-ins for SHA-256 and HMAC hex digests (64 hex digits), one per case number and use: what
  // matters is that they differ, or match where a person applied twice.
  const hash = (n: number, use: number) => (n * 4 + use).toString(16).padStart(16, "0").repeat(4);
  const totalWeight = options.organizations.reduce((sum, o) => sum + (o.weight ?? 1), 0);
  const pickOrganization = () => {
    let left = random() * totalWeight;
    for (const o of options.organizations) {
      left -= o.weight ?? 1;
      if (left < 0) return o;
    }
    return options.organizations.at(-1) as SeedOrganization;
  };
  const sources = ["web_form", "web_form", "api", "paper_mail", "paper_mail"] as const;
  const evidence = ["dna", "eyewitness", "confession", "forensic", "informant", "alibi", "other"];
  const reasons = ["no_innocence_claim", "appeals_pending", "no_new_evidence", "case_type_excluded", "capacity"];
  const earlierKeys: string[] = [];
  const history: SeedCase[] = [];
  const first = options.first ?? 0;
  for (let i = first; i < first + options.count; i++) {
    const id = `seed-${i}`;
    const organization = pickOrganization();
    const receivedAt = options.until - Math.floor(random() * options.days * DAY);
    const reviewerId = pick(organization.reviewerIds);
    const reviewStart = receivedAt + Math.floor(random() * 2 * DAY);
    const decidedAt = reviewStart + Math.floor((1 + random() * 60) * DAY);
    let reference = "IN-";
    for (let j = 0, n = i + 1; j < 8; j++, n = Math.floor(n / 32)) reference += REFERENCE_LETTERS[n % 32];
    const applicantName = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;

    // The applicant, and half the time a family member who applied for them and hears from us.
    const byFamily = random() < 0.5;
    const applicant: SeedPerson = {
      id: `${id}-a`,
      role: "applicant",
      isSubmitter: !byFamily,
      name: applicantName,
      email: null,
      postalAddress: "Seeded prison address",
      language: "en",
      notify: !byFamily,
    };
    const people = [applicant];
    if (byFamily)
      people.push({
        id: `${id}-s`,
        role: "family",
        isSubmitter: true,
        name: "Seeded Relative",
        email: `relative-${i}@example.org`,
        postalAddress: null,
        language: "en",
        notify: true,
      });
    const told = people.find((p) => p.isSubmitter) ?? applicant;
    const dueAt = reviewStart + 14 * DAY;
    const links: SeedLink[] = [
      {
        id: `${id}-t-status`,
        tokenHash: hash(i, 0),
        purpose: "status",
        role: told.role,
        contactId: told.id,
        createdAt: receivedAt,
        expiresAt: receivedAt + 3 * 365 * DAY,
      },
    ];
    const messages: SeedMessage[] = [
      { id: `${id}-n-ack`, template: "acknowledgement", occasion: "receipt", contactId: told.id, at: receivedAt },
      {
        id: `${id}-n-review`,
        template: "review-request",
        occasion: "round-1",
        reviewerId,
        context: { assignmentId: `${id}-r` },
        at: reviewStart,
      },
    ];
    const personKeys: SeedCase["personKeys"] = [
      // Now and then the person applied before: the same key as an earlier case.
      { kind: "name_birth_date", keyHash: random() < 0.03 && earlierKeys.length ? pick(earlierKeys) : hash(i, 1) },
    ];
    if (random() < 0.6) personKeys.push({ kind: "name_prison_number", keyHash: hash(i, 2) });
    earlierKeys.push(personKeys[0]?.keyHash ?? "");
    if (earlierKeys.length > 1000) earlierKeys.shift();

    const kase: SeedCase = {
      id,
      reference,
      organizationId: organization.id,
      source: pick(sources),
      jurisdiction: pick(organization.jurisdictions),
      evidenceTypes: evidence.filter(() => random() < 0.3),
      receivedAt,
      status: "in_review",
      submitterRole: byFamily ? "family" : "self",
      applicantName,
      moves: [{ to: "in_review", at: reviewStart, data: { round: 1 } }],
      people,
      links,
      messages,
      personKeys,
      screenedAt: receivedAt + 1000,
      viewedAt: random() < 0.5 ? [reviewStart + DAY] : [],
    };
    const fate = random();
    const reviewLink = (usedAt?: number): SeedLink => ({
      id: `${id}-t-review`,
      tokenHash: hash(i, 3),
      purpose: "review",
      role: "reviewer",
      reviewerId,
      assignmentId: `${id}-r`,
      round: 1,
      createdAt: reviewStart,
      expiresAt: dueAt + 30 * DAY,
      ...(usedAt ? { usedAt } : {}),
    });
    if (fate < 0.35 || decidedAt > options.until) {
      kase.reviews = [{ id: `${id}-r`, reviewerId, createdAt: reviewStart, dueAt, status: "open" }];
      links.push(reviewLink());
      if (dueAt < options.until)
        messages.push({
          id: `${id}-n-remind`,
          template: "review-reminder",
          occasion: "reminder-1",
          reviewerId,
          context: { assignmentId: `${id}-r` },
          at: dueAt,
        });
    } else {
      const outcome = fate < 0.75 ? "decline" : fate < 0.9 ? "accept" : "refer";
      const decisionId = `${id}-d`;
      const reasonCodes = outcome === "decline" ? [pick(reasons)] : [];
      kase.reviews = [
        {
          id: `${id}-r`,
          reviewerId,
          createdAt: reviewStart,
          dueAt,
          status: "done",
          decision: { id: decisionId, outcome, reasonCodes, at: decidedAt },
        },
      ];
      links.push(reviewLink(decidedAt));
      const endedAt = decidedAt + DAY;
      kase.status = outcome === "decline" ? "declined" : outcome === "accept" ? "referred" : "closed";
      kase.moves?.push(
        outcome === "decline"
          ? { to: "declined", at: endedAt, data: { decisionId, reason: null } }
          : outcome === "accept"
            ? { to: "referred", at: endedAt, data: {} }
            : { to: "closed", at: endedAt, data: { reason: "other" } },
      );
      if (outcome !== "refer")
        messages.push({
          id: `${id}-n-final`,
          template: outcome === "decline" ? "case-declined" : "case-referred",
          occasion: "final",
          contactId: told.id,
          at: endedAt,
        });
    }
    history.push(kase);
  }
  return history;
}

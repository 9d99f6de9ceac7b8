import { desc, eq } from "drizzle-orm";
import type { Application } from "../../schemas/application";
import type { Database } from "../client";
import { type Criterion, type CriterionResult, cases, criteriaVersions, events, screenings } from "../schema";
import { listOrganizations, organizationServing, servesJurisdiction } from "./organizations";

export type ScreeningOutcome =
  | { outcome: "pass" | "flagged"; flags: number }
  | { outcome: "route"; routeTo: string }
  | { outcome: "decline" };

/**
 * Screens a case against its organization's current criteria version (SPEC §3.2) and records the
 * result with that version. A case from a place the organization does not serve is routed to the
 * member that serves it, or declined when none does; every other failed criterion is only flagged
 * for the reviewer, whatever the criterion says, so nobody is declined by a machine. Idempotent.
 */
export async function screenCase(db: Database, caseId: string): Promise<ScreeningOutcome> {
  const kase = await db.query.cases.findFirst({ where: eq(cases.id, caseId) });
  if (!kase) throw new Error(`case ${caseId} not found`);
  const all = await listOrganizations(db);
  const organization = all.find((o) => o.id === kase.organizationId);
  if (!organization) throw new Error(`case ${caseId} has no organization`);
  const current = await db.query.criteriaVersions.findFirst({
    where: eq(criteriaVersions.organizationId, organization.id),
    orderBy: desc(criteriaVersions.version),
  });
  const results = (current?.criteria ?? []).map((criterion) => evaluate(criterion, kase.application));

  const { jurisdiction } = kase.application.conviction;
  let result: ScreeningOutcome;
  if (servesJurisdiction(organization, jurisdiction)) {
    const flags = results.filter((r) => r.result === "fail").length;
    result = { outcome: flags > 0 ? "flagged" : "pass", flags };
  } else {
    const serving = organizationServing(
      all.filter((o) => o.id !== organization.id),
      jurisdiction,
    );
    result = serving ? { outcome: "route", routeTo: serving.id } : { outcome: "decline" };
  }

  await db.batch([
    db
      .insert(screenings)
      .values({
        id: crypto.randomUUID(),
        caseId,
        organizationId: organization.id,
        criteriaVersionId: current?.id ?? null,
        results,
        outcome: result.outcome,
      })
      .onConflictDoNothing(),
    db
      .insert(events)
      .values({
        caseId,
        type: "screened",
        actor: "system",
        data: { organizationId: organization.id, criteriaVersion: current?.version ?? null, outcome: result.outcome },
        dedupeKey: `screened:${caseId}:${organization.id}`,
      })
      .onConflictDoNothing(),
  ]);
  return result;
}

function evaluate(criterion: Criterion, application: Application): CriterionResult {
  if (!criterion.rule) return { id: criterion.id, result: "unknown", onFail: criterion.onFail };
  const actual = valueAt(application, criterion.rule.field);
  if (actual === undefined) return { id: criterion.id, result: "unknown", onFail: criterion.onFail };
  const { op, value } = criterion.rule;
  const list: unknown[] = Array.isArray(value) ? value : [value];
  const matches = Array.isArray(actual) ? actual.some((a) => list.includes(a)) : list.includes(actual);
  const passed = op === "in" || op === "equals" ? matches : !matches;
  return { id: criterion.id, result: passed ? "pass" : "fail", onFail: criterion.onFail };
}

function valueAt(source: unknown, path: string): unknown {
  let node: unknown = source;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

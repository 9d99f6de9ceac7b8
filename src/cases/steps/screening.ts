import { desc, eq } from "drizzle-orm";
import type { Database } from "../../db/client";
import {
  caseWithOrganization,
  listOrganizations,
  organizationServing,
  servesJurisdiction,
} from "../../db/queries/organizations";
import { type Criterion, type CriterionResult, criteriaVersions, screenings } from "../../db/schema";
import type { Application } from "../../schemas/application";
import { findRecordedEvent, recordEvent } from "../events";
import { type Planned, planApplicantSide } from "../messages/plan";
import { commit, moveCase } from "../transitions";
import { planCustodyNotice } from "./custody";
import { CaseMovedOn } from "./moved-on";

/** The workflow's first steps: receipt, screening against the criteria, routing to another member. */

/**
 * Logs the receipt and plans the acknowledgement to the submitter and every consenting contact,
 * and the letter to a person in prison someone else applied for.
 */
export async function acknowledgeReceipt(db: Database, caseId: string): Promise<{ planned: Planned }> {
  await recordEvent(db, caseId, { type: "received", actor: "system", once: "receipt" });
  return {
    planned: [
      ...(await planApplicantSide(db, caseId, { template: "acknowledgement", context: {}, occasion: "receipt" })),
      ...(await planCustodyNotice(db, caseId)),
    ],
  };
}

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
  const { case: kase, organization } = await caseWithOrganization(db, caseId);
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
    const others = (await listOrganizations(db)).filter((o) => o.id !== organization.id);
    const serving = organizationServing(others, jurisdiction);
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
    recordEvent(db, caseId, {
      type: "screened",
      actor: "system",
      data: { organizationId: organization.id, criteriaVersion: current?.version ?? null, outcome: result.outcome },
      once: organization.id,
    }),
  ]);
  return result;
}

/** Sends the case to the member organization that serves the place of conviction, and tells the applicant side. */
export async function routeCase(db: Database, caseId: string, toOrganizationId: string): Promise<{ planned: Planned }> {
  const { case: kase } = await caseWithOrganization(db, caseId);
  const from = kase.organizationId;
  if (from !== toOrganizationId) {
    const moved = await commit(
      db,
      moveCase(
        db,
        caseId,
        { from: ["submitted", "screening", "routed"], to: "routed", organizationId: toOrganizationId },
        { type: "routed", actor: "system", data: { from, to: toOrganizationId }, once: toOrganizationId },
      ),
    );
    if (!moved) throw new CaseMovedOn(caseId, "route");
  }
  // A retried step finds the case already moved: where it came from is in the event.
  const routedFrom = await findRecordedEvent(db, caseId, { type: "routed", once: toOrganizationId });
  const fromOrganization = typeof routedFrom?.data?.from === "string" ? routedFrom.data.from : from;
  return {
    planned: await planApplicantSide(db, caseId, {
      template: "case-routed",
      context: { organizationId: fromOrganization },
      occasion: `to-${toOrganizationId}`,
    }),
  };
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

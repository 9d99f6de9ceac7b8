import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { openCase } from "../../lib/sealing";
import type { Database } from "../client";
import {
  assignments,
  attachments,
  cases,
  criteriaVersions,
  decisions,
  organizations,
  responses,
  screenings,
} from "../schema";

/** Everything a link page may show of a case, sealed text opened; each page picks what its role may see. */
export async function loadCaseView(env: Pick<Env, "DATA_KEYS">, db: Database, caseId: string) {
  const [row] = await db
    .select({ case: cases, organization: organizations })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.id, caseId));
  if (!row) return undefined;
  const [files, screening, history, answers, lapsed] = await Promise.all([
    db.query.attachments.findMany({
      where: eq(attachments.caseId, caseId),
      orderBy: [asc(attachments.createdAt), asc(attachments.id)],
    }),
    db.query.screenings.findFirst({
      where: and(eq(screenings.caseId, caseId), eq(screenings.organizationId, row.case.organizationId)),
      orderBy: desc(screenings.createdAt),
    }),
    db.query.decisions.findMany({
      where: eq(decisions.caseId, caseId),
      orderBy: [asc(decisions.createdAt), asc(decisions.id)],
    }),
    db.query.responses.findMany({
      where: eq(responses.caseId, caseId),
      orderBy: [asc(responses.createdAt), asc(responses.id)],
    }),
    // Questions or an expert's opinion asked for and not given before the deadline.
    db
      .select({ round: assignments.round, kind: assignments.kind })
      .from(assignments)
      .where(
        and(
          eq(assignments.caseId, caseId),
          eq(assignments.status, "lapsed"),
          inArray(assignments.kind, ["respond", "consult"]),
        ),
      ),
  ]);
  const criteria = screening?.criteriaVersionId
    ? await db.query.criteriaVersions.findFirst({ where: eq(criteriaVersions.id, screening.criteriaVersionId) })
    : undefined;
  const opened = await openCase(env, db, caseId, {
    application: row.case.application,
    decisions: history,
    responses: answers,
  });
  return {
    ...row,
    case: { ...row.case, application: opened.application },
    attachments: files,
    screening,
    criteria,
    decisions: opened.decisions,
    responses: opened.responses,
    lapsed,
  };
}

export type CaseView = NonNullable<Awaited<ReturnType<typeof loadCaseView>>>;

/** What the expert of `round` was sent: the reviewer's question and the documents they chose. */
export function consultPacket(view: CaseView, round: number) {
  const decision = view.decisions.find((d) => d.round === round && d.outcome === "consult_expert");
  const chosen = new Set(decision?.expertAttachmentIds ?? []);
  return { question: decision?.questions ?? "", documents: view.attachments.filter((a) => chosen.has(a.id)) };
}

/** The documents the reviewer let the expert of `round` see (attachment ids). */
export async function expertDocumentIds(db: Database, caseId: string, round: number): Promise<string[]> {
  const decision = await db.query.decisions.findFirst({
    where: and(eq(decisions.caseId, caseId), eq(decisions.round, round), eq(decisions.outcome, "consult_expert")),
  });
  return decision?.expertAttachmentIds ?? [];
}

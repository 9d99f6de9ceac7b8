import { and, desc, eq, inArray } from "drizzle-orm";
import * as z from "zod";
import type { Database } from "../../db/client";
import { events } from "../../db/schema";
import type { EventType } from "../events";
import { type Planned, planApplicantSide } from "../messages/plan";
import { screenCase } from "./screening";

/**
 * Where a run of the workflow starts. A case's workflow is one instance (its id is the case id);
 * when staff move a stuck case on (src/cases/staff-moves.ts), they record the move as an event
 * and restart the instance, and the new run starts from the latest such event instead of from
 * receipt. A run the sweep restarts after a failure reads the same event, so it resumes from the
 * same place and its idempotent steps find what the failed run did.
 */

export const resumeEventTypes = [
  "returned_to_review",
  "reopened",
  "moved",
  "referral_chosen",
] as const satisfies readonly EventType[];

export type ResumePoint =
  | { kind: "intake" }
  /** Back to review at `round`: sent back or reopened by staff, or moved to another organization. */
  | { kind: "review"; epoch: number; round: number; movedFrom: string | null }
  /** Staff chose who to offer the case to next. */
  | { kind: "referral"; epoch: number; to: { partnerId: string } | { organizationId: string } };

const reviewData = z.object({ round: z.int().min(1) });
const movedData = reviewData.extend({ from: z.string() });
const referralData = z.union([z.object({ partnerId: z.string() }), z.object({ organizationId: z.string() })]);

/**
 * The latest staff move, or intake when there was none. `epoch` counts the moves: it makes the
 * messages and events of this run (a second decline, a second referral) distinct from those of
 * earlier runs.
 */
export async function resumePoint(db: Database, caseId: string): Promise<ResumePoint> {
  const moves = await db
    .select({ type: events.type, data: events.data })
    .from(events)
    .where(and(eq(events.caseId, caseId), inArray(events.type, [...resumeEventTypes])))
    .orderBy(desc(events.id));
  const [latest] = moves;
  if (!latest) return { kind: "intake" };
  const epoch = moves.length;
  if (latest.type === "referral_chosen") return { kind: "referral", epoch, to: referralData.parse(latest.data) };
  if (latest.type === "moved") {
    const { round, from } = movedData.parse(latest.data);
    return { kind: "review", epoch, round, movedFrom: from };
  }
  return { kind: "review", epoch, round: reviewData.parse(latest.data).round, movedFrom: null };
}

/** What makes a message or event of a resumed run its own: nothing for the first run. */
export function epochSuffix(epoch: number): string {
  return epoch === 0 ? "" : `:s${epoch}`;
}

/**
 * A case staff moved to another organization: screened against that organization's criteria (for
 * the reviewer; staff chose the organization, so nothing is routed on) and the applicant side told.
 */
export async function announceMove(
  db: Database,
  caseId: string,
  move: { from: string; epoch: number },
): Promise<{ planned: Planned }> {
  await screenCase(db, caseId);
  return {
    planned: await planApplicantSide(db, caseId, {
      template: "case-routed",
      context: { organizationId: move.from, movedByStaff: true },
      occasion: `moved${epochSuffix(move.epoch)}`,
    }),
  };
}

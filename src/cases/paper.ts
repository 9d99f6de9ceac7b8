import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { cases } from "../db/schema";
import { ApiError } from "../errors";
import type { Staff } from "../lib/staff-auth";
import { commit, moveCase } from "./transitions";
import { wakeEvents, wakeWorkflow } from "./workflow";

/**
 * The paper route: what staff type in from the post for people who have no internet. Each is the
 * same change as its online counterpart, recorded with the staff member's id, and wakes the
 * workflow the same way.
 */

type Context = { env: Env; db: Database; staff: Staff; requestId: string };

/**
 * Records the written agreement of a person in prison someone else applied for: the case waiting
 * for it (`awaiting_confirmation`) goes on to review. A compare-and-set: of two staff recording it
 * at once, one wins and the other gets 409, as does a case that is not waiting for it.
 */
export async function recordConfirmation(ctx: Context, caseId: string, input: { receivedOn: string }): Promise<void> {
  const confirmed = await commit(
    ctx.db,
    moveCase(
      ctx.db,
      caseId,
      { from: ["awaiting_confirmation"], to: "submitted" },
      { type: "confirmed", actor: ctx.staff.actor, data: { receivedOn: input.receivedOn } },
    ),
  );
  if (!confirmed) {
    const kase = await ctx.db.query.cases.findFirst({ where: eq(cases.id, caseId), columns: { status: true } });
    throw new ApiError(
      "conflict",
      `This case is ${kase?.status.replaceAll("_", " ") ?? "gone"}: it is not waiting for a written confirmation.`,
    );
  }
  await wakeWorkflow(ctx.env, caseId, wakeEvents.confirmation, ctx.requestId);
}

import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import { computeBacklog, countWaiting, NOTHING_COUNTED } from "../src/cases/backlog";
import { purgeExpiredDrafts, rewrapDraftKeys } from "../src/cases/drafts";
import { expireExports } from "../src/cases/exports";
import { alertOverdueTasks } from "../src/cases/notes-and-tasks";
import { remindUnsentPreservationLetters } from "../src/cases/preservation";
import { expiredCases, purgeCase, purgeHeldUploads, sweepOrphanFiles, sweepUploadJournal } from "../src/cases/purge";
import { indexStaleCases } from "../src/cases/search-index";
import { createDb } from "../src/db/client";
import { rewrapCaseKeys } from "../src/lib/sealing";

type OrphanPage = { removed: number; cursor: string | null };

/** Only the time the cron fired travels in params. */
export type DailyJobParams = { now: number };

/** A batch job never loops for ever: past this many batches of one kind it stops until tomorrow. */
const MAX_BATCHES = 200;

/**
 * The daily maintenance, one instance per cron firing: purge cases past their retention (each
 * case its own step), drafts of the form past theirs, then files held for forms nobody finished,
 * uploads cut off mid-file, staff exports past their day, files no row names and data keys to
 * re-wrap after a rotation, each a batch per step, alert the intake teams about overdue tasks and
 * remind them of evidence preservation letters not sent, write the search terms of cases that lack
 * them, and recount each organization's wait. Small steps keep every invocation within D1's and the
 * Workers plan's limits and never hold the database for long; a failed step is retried alone. Logs
 * counts only.
 */
export class DailyJob extends WorkflowEntrypoint<Env, DailyJobParams> {
  override async run(event: WorkflowEvent<DailyJobParams>, step: WorkflowStep) {
    const { now } = event.payload;
    const db = () => createDb(this.env);

    const expired = await step.do("cases past retention", () => expiredCases(db(), now));
    for (const caseId of expired) {
      await step.do(`purge ${caseId}`, async () => {
        const counts = await purgeCase(this.env, db(), caseId, "retention", "system");
        return { purged: counts !== null };
      });
    }
    const expiredDrafts = await this.batches(step, "drafts past their retention", async () => {
      const { purged, more } = await purgeExpiredDrafts(this.env, db(), now);
      return { count: purged, more };
    });
    const heldUploads = await this.batches(step, "held uploads", async () => {
      const { removed, more } = await purgeHeldUploads(this.env, db(), now);
      return { count: removed, more };
    });
    const cutOffUploads = await this.batches(step, "cut-off uploads", async () => {
      const { aborted, more } = await sweepUploadJournal(this.env, db(), now);
      return { count: aborted, more };
    });
    const oldExports = await this.batches(step, "remove old exports", async () => {
      const { expired, more } = await expireExports(this.env, db(), now);
      return { count: expired, more };
    });
    let orphanFiles = 0;
    let cursor: string | null = null;
    for (let page = 1; page <= MAX_BATCHES; page++) {
      const from: string | null = cursor;
      const sweep = (): Promise<OrphanPage> => sweepOrphanFiles(this.env, db(), now, from);
      const swept: OrphanPage = await step.do(`files no row names, page ${page}`, sweep);
      orphanFiles += swept.removed;
      cursor = swept.cursor;
      if (!cursor) break;
    }
    const rewrapped = await this.batches(step, "re-wrap data keys", async () => {
      const { rewrapped, more } = await rewrapCaseKeys(this.env, db());
      return { count: rewrapped, more };
    });
    const rewrappedDrafts = await this.batches(step, "re-wrap draft keys", async () => {
      const { rewrapped, more } = await rewrapDraftKeys(this.env, db());
      return { count: rewrapped, more };
    });
    const overdueTasks = await this.batches(step, "alert overdue tasks", async () => {
      const { alerted, more } = await alertOverdueTasks(this.env, db(), now);
      return { count: alerted, more };
    });
    const preservationReminders = await this.batches(step, "remind of preservation letters", async () => {
      const { reminded, more } = await remindUnsentPreservationLetters(this.env, db(), now);
      return { count: reminded, more };
    });
    const searchIndexed = await this.batches(step, "search terms of cases without them", async () => {
      const { indexed, more } = await indexStaleCases(this.env, db());
      return { count: indexed, more };
    });
    let waiting = NOTHING_COUNTED;
    for (let n = 1; waiting.after !== null && n <= MAX_BATCHES; n++) {
      const counted = waiting;
      waiting = await step.do(`cases waiting for a first decision ${n}`, () => countWaiting(db(), counted));
    }
    const backlogs = await step.do("count each organization's wait", () => computeBacklog(db(), now, waiting.waiting));
    const done = {
      purgedCases: expired.length,
      expiredDrafts,
      heldUploads,
      cutOffUploads,
      oldExports,
      orphanFiles,
      rewrapped: rewrapped + rewrappedDrafts,
      overdueTasks,
      preservationReminders,
      searchIndexed,
      backlogs,
    };
    console.log(`daily job: ${JSON.stringify(done)}`);
    return done;
  }

  /** Runs `batch` in numbered steps until it says there is no more; returns the total count. */
  private async batches(step: WorkflowStep, name: string, batch: () => Promise<{ count: number; more: boolean }>) {
    let total = 0;
    for (let n = 1; n <= MAX_BATCHES; n++) {
      const { count, more } = await step.do(`${name} ${n}`, batch);
      total += count;
      if (!more) break;
    }
    return total;
  }
}

import { WorkflowEntrypoint, type WorkflowEvent, type WorkflowStep } from "cloudflare:workers";
import { PART_BYTES, pendingBytes } from "../src/cases/export-parts";
import {
  beginExportRun,
  type ExportRunParams,
  exportPage,
  exportPart,
  failExport,
  finishExport,
  startExportRun,
} from "../src/cases/export-steps";
import { createDb } from "../src/db/client";
import type { ExportProgress } from "../src/db/schema";

/** Steps a run keeps for itself besides its pages and parts: begin, finish or hand over, mark failed. */
const OWN_STEPS = 3;

/** A page's step name: a CSV's by its first row; a ZIP's by its document's part, then by its chunk. */
function pageStep({ zip, chunks, rows }: ExportProgress): string {
  if (!zip) return `page from row ${rows}`;
  return zip.entry === 0 ? `document part ${zip.documentParts + 1}` : `piece ${chunks}`;
}

/**
 * One export (src/cases/exports.ts): a page of rows (or a few MiB of a ZIP) per step, written to R2 as chunks, a full part
 * uploaded whenever the chunks hold one (src/cases/export-parts.ts), then the last part and the
 * file completed. A run that would pass the plan's steps per instance (`WORKFLOW_MAX_STEPS`) hands
 * over to the next run, which picks up from the progress saved on the export's row, so no export is
 * ever cut short. Params and step outputs hold ids, counts and cursors only.
 */
export class ExportJob extends WorkflowEntrypoint<Env, ExportRunParams> {
  override async run(event: WorkflowEvent<ExportRunParams>, step: WorkflowStep) {
    const { exportId, run } = event.payload;
    const db = () => createDb(this.env);
    const budget = (Number(this.env.WORKFLOW_MAX_STEPS) || 1024) - OWN_STEPS;
    try {
      let progress = await step.do("begin", () => beginExportRun(this.env, db(), exportId));
      if (!progress) return { exported: false };
      for (let steps = 0; progress.done === false || pendingBytes(progress) >= PART_BYTES; steps++) {
        if (steps === budget) {
          await step.do("hand over", () => startExportRun(this.env, exportId, run + 1));
          return { handedOverTo: run + 1 };
        }
        const from: ExportProgress = progress;
        progress =
          pendingBytes(from) >= PART_BYTES
            ? await step.do(`part ${from.parts.length + 1}`, () => exportPart(this.env, db(), exportId, from))
            : await step.do(pageStep(from), () => exportPage(this.env, db(), exportId, from));
      }
      const last: ExportProgress = progress;
      return await step.do("finish", () => finishExport(this.env, db(), exportId, last));
    } catch (error) {
      await step.do("mark failed", () => failExport(this.env, db(), exportId));
      throw error;
    }
  }
}

import * as z from "zod";
import { exportExpiresAt } from "../cases/exports";
import type { ExportJob } from "../db/queries/exports";
import { exportJobColumns } from "./columns";

export const exportShape = exportJobColumns
  .pick({
    id: true,
    kind: true,
    filters: true,
    requestedBy: true,
    status: true,
    rowsTotal: true,
    rowsDone: true,
    bytes: true,
    createdAt: true,
    finishedAt: true,
  })
  .extend({
    filters: exportJobColumns.shape.filters.openapi({ description: "The filters as sent." }),
    rowsTotal: exportJobColumns.shape.rowsTotal.openapi({
      description: "Rows the filters matched when the export started (null until counted); the file's rows once ready.",
    }),
    expiresAt: z.iso.datetime().openapi({ description: "The file can be downloaded until then; then it is removed." }),
    file: z
      .string()
      .nullable()
      .openapi({ description: "Where to download the file (`GET /exports/{id}/file`), once `status` is `ready`." }),
  })
  .openapi("Export");

export function presentExport(job: ExportJob) {
  return {
    id: job.id,
    kind: job.kind,
    filters: job.filters,
    requestedBy: job.requestedBy,
    status: job.status,
    rowsTotal: job.rowsTotal,
    rowsDone: job.rowsDone,
    bytes: job.bytes,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    expiresAt: exportExpiresAt(job).toISOString(),
    file: job.status === "ready" ? `/api/v1/exports/${job.id}/file` : null,
  } satisfies z.output<typeof exportShape>;
}

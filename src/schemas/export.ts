/** What staff ask to export: the queue's cases for its filters, or one table of the reports. */
// Gives zod's types `.openapi()`: it must run before the schemas below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import { type ExportKind, exportKinds } from "../db/schema";
import { ApiError } from "../errors";
import { reportTableNames } from "../presenters/report-tables";
import { queueFilterSchema } from "./queue";
import { reportQuerySchema } from "./report";

/** A report table's CSV: which table, and the report's own filters. */
export const reportExportSchema = z.object({ table: z.enum(reportTableNames) }).and(reportQuerySchema);

/** A ZIP's one filter: the case (by id) whose data it holds, or whose person's. */
const archiveSchema = z.object({ case: z.string().min(1).max(100) });

/** Each kind's filters, as query parameters (strings), checked by the schema its page or API route uses. */
export const exportFilterSchemas = {
  cases: queueFilterSchema,
  report: reportExportSchema,
  case: archiveSchema,
  person: archiveSchema,
} as const;

/** What `POST /api/v1/exports` takes. */
export const exportRequestSchema = z
  .object({
    kind: z.enum(exportKinds).openapi({ description: "`cases`: the case queue; `report`: one table of the reports." }),
    filters: z
      .record(z.string(), z.string().max(200))
      .default({})
      .openapi({
        description:
          "For `cases`, the query parameters of `GET /cases` without `limit` and `cursor` (`status`, `organization`, `overdue`…), as strings. For `report`, `table` (one of " +
          `${reportTableNames.join(", ")}) and the parameters of \`GET /reports\` (\`from\`, \`to\`, \`organization\`). For \`case\` and \`person\`, \`case\`: the case's id.`,
        example: { status: "in_review,awaiting_info", organization: "demo-pa" },
      }),
  })
  .openapi("ExportRequest");

/**
 * The filters as they will be stored and used: each one the kind's schema knows, non-empty, as sent.
 * Stored as strings, the workflow parses them again with the same schema, so the file holds exactly
 * what the page or API would show for them. An invalid filter is a 400 with an issue per field.
 */
export function exportFilters(kind: ExportKind, input: Record<string, string>): Record<string, string> {
  const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value.trim() !== ""));
  const parsed = exportFilterSchemas[kind].safeParse(given);
  if (!parsed.success)
    throw new ApiError(
      "invalid_request",
      "These filters could not be used.",
      parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    );
  const known = new Set(Object.keys(parsed.data));
  return Object.fromEntries(Object.entries(given).filter(([name]) => known.has(name)));
}

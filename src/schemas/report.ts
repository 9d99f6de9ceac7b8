import * as z from "zod";

const day = z.iso.date().openapi({ example: "2026-01-31" });

/** The filters of the reports: received from `from` to `to` (both days included, UTC), and an organization. */
export const reportQuerySchema = z
  .object({
    from: day.optional().openapi({ description: "First day (UTC). Default: the first of the month, 11 months ago." }),
    to: day.optional().openapi({ description: "Last day, included (UTC). Default: today." }),
    organization: z.string().max(50).optional().openapi({ description: "An organization's slug; all by default." }),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ["to"],
    message: "Choose a last day on or after the first.",
  });

export type ReportQuery = z.output<typeof reportQuerySchema>;

/** The days a query names, with the defaults filled in, as the start of `from` and the end of `to`. */
export function reportRange(query: ReportQuery, now: Date): { from: Date; to: Date; fromDay: string; toDay: string } {
  const toDay = query.to ?? now.toISOString().slice(0, 10);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1));
  const fromDay = query.from ?? start.toISOString().slice(0, 10);
  const to = new Date(`${toDay}T00:00:00Z`);
  to.setUTCDate(to.getUTCDate() + 1);
  return { from: new Date(`${fromDay}T00:00:00Z`), to, fromDay, toDay };
}

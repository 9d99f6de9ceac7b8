/** What staff send to act on a case through the API (and the case page's forms). */
// Gives zod's types `.openapi()`: it must run before the schemas below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import { reopenReasons } from "../cases/staff-moves";
import { text } from "./text";

const slug = text().toLowerCase().min(1).max(100);

export const referSchema = z
  .object({
    partnerId: text()
      .min(1)
      .max(100)
      .optional()
      .openapi({ description: "A referral partner of the case's organization." }),
    organization: slug.optional().openapi({ description: "Another member organization's slug." }),
  })
  .superRefine((body, ctx) => {
    if ((body.partnerId === undefined) === (body.organization === undefined))
      ctx.addIssue({ code: "custom", path: ["partnerId"], message: "Send either partnerId or organization." });
  })
  .transform((body) => (body.partnerId ? { partnerId: body.partnerId } : { organization: body.organization ?? "" }));

export const reopenSchema = z.object({
  reason: z.enum(reopenReasons).openapi({ description: "Why the case is looked at again." }),
});

export const moveSchema = z.object({ organization: slug.openapi({ description: "The member organization's slug." }) });

/** What staff send to act on a case through the API (and the case page's forms). */
// Gives zod's types `.openapi()`: it must run before the schemas below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import { reopenReasons } from "../cases/staff-moves";
import { correspondenceKinds } from "../db/schema";
import { blankToUndefined, text } from "./text";

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

const longText = text().min(1).max(20_000);

export const messageSchema = z.object({
  contactId: text().min(1).max(200).openapi({ description: "A person on the case (`contacts[].id` of the case)." }),
  subject: z
    .preprocess(blankToUndefined, text().max(200).optional())
    .openapi({ description: "A heading inside the message; the email's subject line is always the reference." }),
  body: longText.openapi({ description: "The text, as the recipient will read it; greeting and sign-off are added." }),
  channel: z.enum(["email", "post"]).optional().openapi({
    description: "Without it: email when the person has an address, else a letter for /staff/letters.",
  }),
});

export const correspondenceSchema = z.object({
  kind: z.enum(correspondenceKinds),
  date: z.iso.date().openapi({ description: "When it arrived or took place.", example: "2026-11-20" }),
  summary: longText.openapi({ description: "What it said or asked. Sealed like the case's other free text." }),
  contactId: z
    .preprocess(blankToUndefined, text().max(200).optional())
    .openapi({ description: "Who it came from, when they are a person on the case." }),
  taskId: z.preprocess(blankToUndefined, text().max(200).optional()).openapi({
    description:
      "The case's task it answers (`tasks[].id`), such as the custodian's answer to the evidence preservation letter.",
  }),
});

export const noteSchema = z.object({
  body: longText.openapi({ description: "Staff only; sealed like the case's other free text." }),
});

const day = z.iso.date().openapi({ example: "2026-12-01" });
const staffId = text().min(1).max(100);

export const taskSchema = z.object({
  title: text().min(1).max(500).openapi({ description: "What to do. Sealed." }),
  dueOn: day,
  assigneeId: z.preprocess(blankToUndefined, staffId.optional()).openapi({
    description:
      "A staff member (`/api/v1/staff`) of the case's organization or of the network. Without it, the task is yours.",
  }),
});

export const taskChangesSchema = z.object({
  done: z.boolean().optional().openapi({ description: "true marks it done; false opens it again." }),
  title: text().min(1).max(500).optional(),
  dueOn: day.optional(),
  assigneeId: staffId.nullable().optional().openapi({ description: "null leaves it to whoever made it." }),
});

export const confirmationSchema = z.object({
  receivedOn: day.optional().openapi({ description: "The day the person's letter arrived; today when left out." }),
});

export const mailedAnswerSchema = z.object({
  answer: z.preprocess(blankToUndefined, longText.optional()).openapi({
    description: "The answer as the letter gives it, typed in. Sealed. Leave it out when the scans say it all.",
  }),
});

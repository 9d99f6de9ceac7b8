/**
 * What staff set for an organization: its settings and its eligibility criteria, as the staff API
 * takes them (and, for the settings, as it shows them back).
 */
// Gives zod's types `.openapi()`: it must run before the schemas below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import { languages } from "../db/schema";
import { jurisdictionPattern } from "./application";
import { text } from "./text";

export const languageSchema = z.enum(languages);

const jurisdiction = text()
  .toUpperCase()
  .regex(jurisdictionPattern, "Use an ISO 3166 code such as GB, US-PA or JP-13.");
const days = z.int().min(1).max(365);

export const organizationSettingsSchema = z.object({
  name: text().min(1).max(200),
  languages: z.array(languageSchema).min(1).openapi({ description: "The first is the language of staff email." }),
  intakeEmail: z.email().openapi({ description: "Where staff alerts and escalations go." }),
  jurisdictions: z
    .array(jurisdiction)
    .min(1)
    .openapi({ example: ["US-PA", "US-DE"] }),
  website: z.url({ protocol: /^https?$/, error: "Use an http or https address." }).nullable(),
  postalAddress: text().min(1).max(500).nullable().openapi({
    description:
      "Where people write to, one line per line of the envelope: the letterhead of every letter and the return address of the paper questionnaire.",
    example: "Keystone Innocence Project\nPO Box 1234\nPhiladelphia, PA 19101\nUSA",
  }),
  requireApplicantConfirmation: z.boolean().openapi({
    description:
      "When someone else applies for a person in prison, wait for that person's written agreement (recorded by staff: POST /api/v1/cases/{id}/confirmation) before review starts.",
  }),
  reviewDeadlineDays: days.openapi({ description: "Days a reviewer has before each reminder." }),
  reminders: z.int().min(0).max(10).openapi({ description: "Reminders before the review is reassigned." }),
  quorum: z.int().min(1).max(9).openapi({ description: "Reviewers who must agree on a final outcome." }),
  respondDeadlineDays: days,
  expertDeadlineDays: days,
  referralDeadlineDays: days,
  retentionDays: z
    .object({
      declined: z.int().min(1).max(36_500),
      referred: z.int().min(1).max(36_500),
      closed: z.int().min(1).max(36_500),
      withdrawn: z.int().min(1).max(36_500),
    })
    .openapi({
      description:
        "Days a case is kept after it ended, by how it ended; then the daily purge removes it and everything about it.",
    }),
  draftRetentionDays: days.openapi({
    description:
      "Days an application form saved part-way is kept after it was last saved or resumed; then the daily purge removes it and its files.",
  }),
  preservationDueDays: days.openapi({
    description:
      "Days staff have to send the letter asking the custodian of a case's biological evidence to preserve it; from then on the daily job reminds the intake address every week until it is sent.",
  }),
});

export const criterionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]{1,64}$/, "Use lowercase letters, digits and underscores."),
    question: text().min(1).max(500).openapi({
      description: "The question as staff see it, and as reviewers do when `questions` has none in their language.",
    }),
    questions: z
      .partialRecord(languageSchema, text().min(1).max(500))
      .optional()
      .openapi({
        description:
          "The question in other languages, by language code: each reviewer reads it in the language of their page.",
        example: { es: "¿Ya terminó la apelación directa?", ja: "直接の上訴は終わっていますか？" },
      }),
    rule: z
      .object({
        field: z
          .string()
          .regex(/^[a-zA-Z]+(\.[a-zA-Z0-9]+)*$/, "A path in the application, such as conviction.appealStatus."),
        op: z.enum(["in", "not_in", "equals", "not_equals"]),
        value: z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]),
      })
      .optional()
      .openapi({
        description: "A check the machine can make from the form; without one, the criterion is asked of the reviewer.",
      }),
    onFail: z.enum(["decline", "route", "flag"]).openapi({
      description: "What failing it means. Screening never declines by itself: failures are flagged for the reviewer.",
    }),
  })
  .openapi("Criterion");

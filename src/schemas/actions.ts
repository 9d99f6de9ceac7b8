import * as z from "zod";
import { decisionOutcomes, declineReasonCodes } from "../db/schema";
import { blankToUndefined as blank, text } from "./text";

const optionalText = (max: number) => z.preprocess(blank, text().max(max).optional());

/** The reviewer's decision form (`POST /review/:token`); each rule names the field it is about. */
export const decisionSchema = z
  .object({
    decision: z.enum(decisionOutcomes),
    note: optionalText(20_000),
    reasonCodes: z.array(z.enum(declineReasonCodes)).default([]),
    questions: optionalText(20_000),
    expertEmail: z.preprocess(blank, z.email().max(254).optional()),
    organization: optionalText(100),
    /** The case's documents the expert may see (attachment ids), with `consult_expert`. */
    expertDocuments: z.array(z.string().min(1).max(100)).max(100).default([]),
  })
  .superRefine((d, ctx) => {
    const need = (path: string, when: boolean) => {
      if (when) ctx.addIssue({ code: "custom", path: [path], message: path });
    };
    need("reasonCodes", d.decision === "decline" && d.reasonCodes.length === 0);
    need("questions", (d.decision === "request_info" || d.decision === "consult_expert") && !d.questions);
    need("expertEmail", d.decision === "consult_expert" && !d.expertEmail);
    need("organization", d.decision === "refer" && !d.organization);
  });

export type DecisionForm = z.output<typeof decisionSchema>;

export const answerSchema = z.object({ answer: optionalText(20_000) });
export const opinionSchema = z.object({ opinion: text().min(1).max(20_000) });
export const referralResponseSchema = z.object({ response: z.enum(["accept", "decline"]) });

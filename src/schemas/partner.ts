/** Referral partners as staff add and change them. */
// Gives zod's types `.openapi()`: it must run before the schemas below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import { languageSchema } from "./organization";
import { text } from "./text";

const partnerFields = {
  name: text().min(1).max(200),
  email: z.email().openapi({ description: "Where referral requests go." }),
  language: languageSchema.openapi({ description: "The language of the emails they get." }),
};

export const newPartnerSchema = z.object({ ...partnerFields, language: partnerFields.language.default("en") });
/** Only what is sent changes: no defaults here. */
export const partnerChangesSchema = z.object(partnerFields).partial().extend({ active: z.boolean().optional() });

export type NewPartner = z.output<typeof newPartnerSchema>;
export type PartnerChanges = z.output<typeof partnerChangesSchema>;

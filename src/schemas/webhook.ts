import * as z from "zod";
import { webhookEvents } from "../cases/webhooks";

const events = z
  .array(z.enum(webhookEvents))
  .min(1)
  .max(webhookEvents.length)
  .transform((list) => [...new Set(list)])
  .openapi({ description: `Any of: ${webhookEvents.join(", ")}.` });

export const newWebhookSchema = z.object({
  url: z.string().max(2000).openapi({ example: "https://cms.example.org/hooks/intake" }),
  events,
  includeCaseBody: z.boolean().default(false).openapi({
    description: "Send the application itself, its sealed free text opened, with each event. Off by default.",
  }),
});

/** Only what is sent changes. */
export const webhookChangesSchema = z
  .object({ url: newWebhookSchema.shape.url, events, includeCaseBody: z.boolean(), active: z.boolean() })
  .partial();

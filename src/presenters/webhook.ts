import * as z from "zod";
import type { webhookDeliveries, webhooks } from "../db/schema";
import { webhookColumns, webhookDeliveryColumns } from "./columns";

export const webhookShape = webhookColumns
  .pick({ id: true, url: true, includeCaseBody: true, active: true, createdAt: true })
  .extend({
    organization: z.string().openapi({ description: "The organization's slug." }),
    events: webhookColumns.shape.events.openapi({ description: "The case events it receives." }),
  })
  .openapi("Webhook");

/** A subscription as staff see it: never its secret, which is shown once, when it is made. */
export function presentWebhook(webhook: typeof webhooks.$inferSelect, organization: string) {
  return {
    id: webhook.id,
    organization,
    url: webhook.url,
    events: webhook.events,
    includeCaseBody: webhook.includeCaseBody,
    active: webhook.active,
    createdAt: webhook.createdAt.toISOString(),
  } satisfies z.output<typeof webhookShape>;
}

export const webhookDeliveryShape = webhookDeliveryColumns
  .pick({
    id: true,
    eventId: true,
    caseId: true,
    event: true,
    status: true,
    attempts: true,
    lastStatus: true,
    lastError: true,
    nextAttemptAt: true,
    deliveredAt: true,
    createdAt: true,
  })
  .extend({ id: webhookDeliveryColumns.shape.id.openapi({ description: "The message id, sent as `webhook-id`." }) })
  .openapi("WebhookDelivery");

export function presentWebhookDelivery(delivery: typeof webhookDeliveries.$inferSelect) {
  return {
    id: delivery.id,
    eventId: delivery.eventId,
    caseId: delivery.caseId,
    event: delivery.event,
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatus: delivery.lastStatus,
    lastError: delivery.lastError,
    nextAttemptAt: delivery.nextAttemptAt.toISOString(),
    deliveredAt: delivery.deliveredAt?.toISOString() ?? null,
    createdAt: delivery.createdAt.toISOString(),
  } satisfies z.output<typeof webhookDeliveryShape>;
}

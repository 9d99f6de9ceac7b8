import { createRoute } from "@hono/zod-openapi";
import { and, desc, eq, sql } from "drizzle-orm";
import * as z from "zod";
import { replayDelivery } from "../../cases/webhooks";
import type { Database } from "../../db/client";
import { events, organizationEvents, webhookDeliveries, webhooks } from "../../db/schema";
import { ApiError } from "../../errors";
import { newId } from "../../lib/ids";
import { sealServiceSecret } from "../../lib/sealing";
import { newWebhookSecret } from "../../lib/standard-webhooks";
import { webhookUrlProblem } from "../../lib/webhook-url";
import { presentWebhook, presentWebhookDelivery, webhookDeliveryShape, webhookShape } from "../../presenters/webhook";
import { newWebhookSchema, webhookChangesSchema } from "../../schemas/webhook";
import { staffOrganization } from "./organizations";
import { createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";

const slugParam = z.object({ slug: idParam("slug", "The organization's slug.") });
const webhookParams = slugParam.extend({ id: idParam("id", "The webhook's id.") });
const deliveryParams = webhookParams.extend({ deliveryId: idParam("deliveryId", "The delivery's message id.") });

const listRoute = createRoute({
  method: "get",
  path: "/{slug}/webhooks",
  tags: ["Webhooks"],
  summary: "An organization's webhook subscriptions",
  ...staffOnly,
  request: { params: slugParam },
  responses: { 200: json(z.object({ webhooks: z.array(webhookShape) }), "The subscriptions."), ...staffErrorResponses },
});

const addRoute = createRoute({
  method: "post",
  path: "/{slug}/webhooks",
  tags: ["Webhooks"],
  summary: "Subscribe a URL to case events",
  description:
    "Deliveries follow the Standard Webhooks specification: a JSON body `{type, timestamp, data}` with ids and the event (the application only with `includeCaseBody`), signed in `webhook-id`, `webhook-timestamp` and `webhook-signature` with the secret returned here, once. Sent within a minute of the event, retried with backoff for about a day. Production takes https URLs on public hosts only.",
  ...staffOnly,
  request: {
    params: slugParam,
    body: { required: true, content: { "application/json": { schema: newWebhookSchema } } },
  },
  responses: {
    201: json(
      webhookShape.extend({
        secret: z.string().openapi({ description: "The signing secret (`whsec_…`). Shown only now: keep it." }),
      }),
      "The subscription and its secret.",
    ),
    ...staffErrorResponses,
  },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/{slug}/webhooks/{id}",
  tags: ["Webhooks"],
  summary: "Change, pause or resume a subscription",
  description: "A paused subscription (`active: false`) sends nothing; its deliveries wait until it is resumed.",
  ...staffOnly,
  request: {
    params: webhookParams,
    body: { required: true, content: { "application/json": { schema: webhookChangesSchema } } },
  },
  responses: { 200: json(webhookShape, "The subscription as it now is."), ...staffErrorResponses },
});

const deliveriesRoute = createRoute({
  method: "get",
  path: "/{slug}/webhooks/{id}/deliveries",
  tags: ["Webhooks"],
  summary: "The latest deliveries of a subscription, with their status and attempts",
  ...staffOnly,
  request: {
    params: webhookParams,
    query: z.object({ status: z.enum(["pending", "delivered", "failed"]).optional() }),
  },
  responses: {
    200: json(z.object({ deliveries: z.array(webhookDeliveryShape) }), "Newest first, at most 100."),
    ...staffErrorResponses,
  },
});

const replayRoute = createRoute({
  method: "post",
  path: "/{slug}/webhooks/{id}/deliveries/{deliveryId}/replay",
  tags: ["Webhooks"],
  summary: "Send a delivery again",
  description: "Sent at the next run of the dispatcher (within a minute), under the same `webhook-id`.",
  ...staffOnly,
  request: { params: deliveryParams },
  responses: { 202: json(webhookDeliveryShape, "The delivery, waiting to go."), ...staffErrorResponses },
});

function checkUrl(url: string, environment: string) {
  const problem = webhookUrlProblem(url, environment);
  if (problem) throw new ApiError("invalid_request", "The webhook is not valid.", [{ path: "url", message: problem }]);
}

async function webhookOf(db: Database, organizationId: string, id: string) {
  const webhook = await db.query.webhooks.findFirst({
    where: and(eq(webhooks.id, id), eq(webhooks.organizationId, organizationId)),
  });
  if (!webhook) throw new ApiError("not_found", "No such webhook.");
  return webhook;
}

export const webhooksApi = createApiRouter()
  .openapi(listRoute, async function listWebhooks(c) {
    const organization = await staffOrganization(c.var.db, c.var.staff, c.req.valid("param").slug);
    const rows = await c.var.db.query.webhooks.findMany({
      where: eq(webhooks.organizationId, organization.id),
      orderBy: (w, { asc }) => [asc(w.createdAt), asc(w.id)],
    });
    return c.json({ webhooks: rows.map((w) => presentWebhook(w, organization.slug)) }, 200);
  })
  .openapi(addRoute, async function addWebhook(c) {
    const { db } = c.var;
    const organization = await staffOrganization(db, c.var.staff, c.req.valid("param").slug);
    const input = c.req.valid("json");
    checkUrl(input.url, c.env.ENVIRONMENT);
    const id = newId();
    const secret = newWebhookSecret();
    await db.batch([
      db.insert(webhooks).values({
        id,
        organizationId: organization.id,
        url: input.url,
        events: input.events,
        includeCaseBody: input.includeCaseBody,
        secret: await sealServiceSecret(c.env, id, secret),
        // It hears of what happens from now on.
        cursor: sql`(SELECT coalesce(max(${events.id}), 0) FROM ${events})`,
      }),
      db.insert(organizationEvents).values({
        organizationId: organization.id,
        type: "webhook_added",
        actor: c.var.staff.actor,
        data: { webhookId: id, events: input.events.join(","), includeCaseBody: input.includeCaseBody },
      }),
    ]);
    return c.json({ ...presentWebhook(await webhookOf(db, organization.id, id), organization.slug), secret }, 201);
  })
  .openapi(updateRoute, async function updateWebhook(c) {
    const { db } = c.var;
    const { slug, id } = c.req.valid("param");
    const organization = await staffOrganization(db, c.var.staff, slug);
    await webhookOf(db, organization.id, id);
    const changes = c.req.valid("json");
    if (changes.url !== undefined) checkUrl(changes.url, c.env.ENVIRONMENT);
    const fields = Object.keys(changes);
    if (fields.length > 0) {
      await db.batch([
        db.update(webhooks).set(changes).where(eq(webhooks.id, id)),
        db.insert(organizationEvents).values({
          organizationId: organization.id,
          type: "webhook_changed",
          actor: c.var.staff.actor,
          data: { webhookId: id, fields: fields.join(",") },
        }),
      ]);
    }
    return c.json(presentWebhook(await webhookOf(db, organization.id, id), organization.slug), 200);
  })
  .openapi(deliveriesRoute, async function listDeliveries(c) {
    const { db } = c.var;
    const { slug, id } = c.req.valid("param");
    const organization = await staffOrganization(db, c.var.staff, slug);
    await webhookOf(db, organization.id, id);
    const { status } = c.req.valid("query");
    const rows = await db.query.webhookDeliveries.findMany({
      where: and(eq(webhookDeliveries.webhookId, id), status ? eq(webhookDeliveries.status, status) : undefined),
      orderBy: [desc(webhookDeliveries.eventId)],
      limit: 100,
    });
    return c.json({ deliveries: rows.map(presentWebhookDelivery) }, 200);
  })
  .openapi(replayRoute, async function replayWebhookDelivery(c) {
    const { db } = c.var;
    const { slug, id, deliveryId } = c.req.valid("param");
    const organization = await staffOrganization(db, c.var.staff, slug);
    await webhookOf(db, organization.id, id);
    if (!(await replayDelivery(db, id, deliveryId))) throw new ApiError("not_found", "No such delivery.");
    await db.insert(organizationEvents).values({
      organizationId: organization.id,
      type: "webhook_replayed",
      actor: c.var.staff.actor,
      data: { webhookId: id, deliveryId },
    });
    const delivery = await db.query.webhookDeliveries.findFirst({ where: eq(webhookDeliveries.id, deliveryId) });
    if (!delivery) throw new ApiError("not_found", "No such delivery.");
    return c.json(presentWebhookDelivery(delivery), 202);
  });

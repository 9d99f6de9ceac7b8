import { and, asc, eq, gt, inArray, lte, sql } from "drizzle-orm";
import { createDb, type Database } from "../db/client";
import { cases, events, organizations, webhookDeliveries, webhooks } from "../db/schema";
import { isOneOf } from "../lib/is-one-of";
import { openCase, openServiceSecret } from "../lib/sealing";
import { signedHeaders } from "../lib/standard-webhooks";
import type { EventType } from "./events";

/**
 * Webhooks, after the transactional-outbox pattern with the event log as the outbox: every event
 * row is written in the same D1 batch as the change it records, with the organization that held the
 * case (src/cases/events.ts). Once a minute (wrangler.toml `[triggers]`) the dispatcher turns the
 * events after each subscription's cursor into delivery rows (one per event and subscription, made
 * once by a unique index) and POSTs the ones that are due, signed by the Standard Webhooks
 * specification, retrying with backoff. It runs outside every case's workflow, so an endpoint that is
 * down, slow or disabled never holds a case up, and a case's own steps pay nothing for webhooks.
 */

/** What a subscription can ask for. */
export const webhookEvents = [
  "submitted",
  "screened",
  "routed",
  "assigned",
  "reassigned",
  "decided",
  "answered",
  "opinion_given",
  "escalated",
  "accepted",
  "referred",
  "declined",
  "withdrawn",
  "closed",
  "message",
] as const;
export type WebhookEvent = (typeof webhookEvents)[number];

/** The event-log types each webhook event stands for: the same name, but `message` (sent, printed or failed). */
const eventTypesOf = (name: WebhookEvent): EventType[] =>
  name === "message" ? ["notified", "message_failed"] : [name];

/** Events turned into deliveries per subscription and run; the rest wait for the next minute. */
const FAN_OUT_BATCH = 200;
/** Subscriptions looked at per run. */
const WEBHOOKS_PER_RUN = 20;
/** Deliveries sent per run: each is one fetch and a few D1 queries, within a cron run's limits. */
const SEND_BATCH = 15;
/** An endpoint has this long to answer. */
const TIMEOUT_MS = 10_000;
/** Waits after each failed try (Standard Webhooks' suggested schedule from the first retry on); then it fails. */
export const RETRY_DELAYS_MS = [
  60_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3600_000,
  5 * 3600_000,
  10 * 3600_000,
  10 * 3600_000,
];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

export type DispatchResult = { planned: number; delivered: number; retrying: number; failed: number };

/** One run of the dispatcher: fan out new events, then send what is due. */
export async function dispatchWebhooks(env: Env, now = Date.now()): Promise<DispatchResult> {
  const db = createDb(env);
  const planned = await fanOut(db, now);
  const sent = await sendDue(env, db, now);
  const result = { planned, ...sent };
  if (planned + sent.delivered + sent.retrying + sent.failed > 0) console.log(`webhooks: ${JSON.stringify(result)}`);
  return result;
}

/** The log's types for the events a subscription asked for. */
function typesOf(names: string[]): EventType[] {
  return names.flatMap((name) => (isOneOf(webhookEvents, name) ? eventTypesOf(name) : []));
}

/**
 * Delivery rows for the events after each active subscription's cursor, and the cursor moved on,
 * in one batch per subscription. The newest event id is read first, so events committed meanwhile
 * wait for the next run instead of being skipped.
 */
async function fanOut(db: Database, now: number): Promise<number> {
  const newest = (await db.select({ id: sql<number | null>`max(${events.id})` }).from(events))[0]?.id ?? 0;
  const subscribed = await db
    .select()
    .from(webhooks)
    .where(and(eq(webhooks.active, true), sql`${webhooks.cursor} < ${newest}`))
    .orderBy(asc(webhooks.cursor))
    .limit(WEBHOOKS_PER_RUN);
  let planned = 0;
  for (const webhook of subscribed) {
    const pending = and(
      eq(events.organizationId, webhook.organizationId),
      gt(events.id, webhook.cursor),
      lte(events.id, newest),
      inArray(events.type, typesOf(webhook.events)),
    );
    const [inserted] = await db.batch([
      db
        .insert(webhookDeliveries)
        .select(
          db
            .select({
              id: sql<string>`'msg_' || lower(hex(randomblob(16)))`.as("id"),
              webhookId: sql<string>`${webhook.id}`.as("webhook_id"),
              eventId: sql<number>`${events.id}`.as("event_id"),
              caseId: sql<string>`${events.caseId}`.as("case_id"),
              event:
                sql<string>`CASE WHEN ${events.type} IN ('notified', 'message_failed') THEN 'message' ELSE ${events.type} END`.as(
                  "event",
                ),
              status: sql<"pending">`'pending'`.as("status"),
              attempts: sql<number>`0`.as("attempts"),
              lastStatus: sql<null>`NULL`.as("last_status"),
              lastError: sql<null>`NULL`.as("last_error"),
              nextAttemptAt: sql<Date>`${now}`.as("next_attempt_at"),
              deliveredAt: sql<null>`NULL`.as("delivered_at"),
              createdAt: sql<Date>`${now}`.as("created_at"),
            })
            .from(events)
            .where(pending)
            .orderBy(asc(events.id))
            .limit(FAN_OUT_BATCH),
        )
        .onConflictDoNothing(),
      db
        .update(webhooks)
        .set({
          cursor: sql`coalesce((${db
            .select({ id: events.id })
            .from(events)
            .where(pending)
            .orderBy(asc(events.id))
            .limit(1)
            .offset(FAN_OUT_BATCH - 1)}), ${newest})`,
        })
        .where(and(eq(webhooks.id, webhook.id), eq(webhooks.cursor, webhook.cursor))),
    ]);
    planned += inserted.meta.changes;
  }
  return planned;
}

type Due = { delivery: typeof webhookDeliveries.$inferSelect; webhook: typeof webhooks.$inferSelect };

async function sendDue(env: Env, db: Database, now: number) {
  const due = await db
    .select({ delivery: webhookDeliveries, webhook: webhooks })
    .from(webhookDeliveries)
    .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
    .where(
      and(
        eq(webhookDeliveries.status, "pending"),
        lte(webhookDeliveries.nextAttemptAt, new Date(now)),
        eq(webhooks.active, true),
      ),
    )
    .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.eventId))
    .limit(SEND_BATCH);
  const outcomes = await Promise.all(due.map((row) => sendOne(env, db, row, now)));
  return {
    delivered: outcomes.filter((o) => o === "delivered").length,
    retrying: outcomes.filter((o) => o === "pending").length,
    failed: outcomes.filter((o) => o === "failed").length,
  };
}

/** The message for one delivery, as the receiver gets it: ids and the event, the case body only when asked for. */
export async function webhookPayload(env: Env, db: Database, { delivery, webhook }: Due) {
  const event = await db.query.events.findFirst({ where: eq(events.id, delivery.eventId) });
  const [kase] = await db
    .select({ case: cases, organization: organizations.slug })
    .from(cases)
    .innerJoin(organizations, eq(organizations.id, cases.organizationId))
    .where(eq(cases.id, delivery.caseId));
  if (!event || !kase) return undefined;
  const body = webhook.includeCaseBody
    ? (await openCase(env, db, kase.case.id, { application: kase.case.application, decisions: [], responses: [] }))
        .application
    : undefined;
  return {
    type: `case.${delivery.event}`,
    timestamp: event.createdAt.toISOString(),
    data: {
      eventId: event.id,
      event: { type: event.type, actor: event.actor, data: event.data ?? {} },
      caseId: kase.case.id,
      reference: kase.case.reference,
      organization: kase.organization,
      status: kase.case.status,
      ...(body ? { application: body } : {}),
    },
  };
}

async function sendOne(env: Env, db: Database, due: Due, now: number): Promise<"delivered" | "pending" | "failed"> {
  const { delivery } = due;
  const attempts = delivery.attempts + 1;
  const answer = await attempt(env, db, due, now);
  const ok = answer.status !== null && answer.status >= 200 && answer.status < 300;
  const status = ok ? "delivered" : attempts >= MAX_ATTEMPTS || answer.error === "gone" ? "failed" : "pending";
  await db
    .update(webhookDeliveries)
    .set({
      status,
      attempts,
      lastStatus: answer.status,
      lastError: answer.error,
      deliveredAt: ok ? new Date(now) : null,
      nextAttemptAt: new Date(now + (RETRY_DELAYS_MS[attempts - 1] ?? 0)),
    })
    .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.attempts, delivery.attempts)));
  return status;
}

/** Signs and POSTs one delivery; `gone` when its case was purged meanwhile. */
async function attempt(env: Env, db: Database, due: Due, now: number) {
  const payload = await webhookPayload(env, db, due);
  if (!payload) return { status: null, error: "gone" };
  let secret: string;
  try {
    secret = await openServiceSecret(env, due.webhook.id, due.webhook.secret);
  } catch {
    return { status: null, error: "secret" };
  }
  const body = JSON.stringify(payload);
  const headers = await signedHeaders(secret, { id: due.delivery.id, timestamp: Math.floor(now / 1000), body });
  return post(due.webhook.url, body, headers);
}

/** One POST; a redirect counts as a failure (it could lead to an address the URL check refused). */
async function post(url: string, body: string, headers: Record<string, string>) {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "User-Agent": "innocence-intake-webhooks", ...headers },
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await response.body?.cancel();
    if (response.status >= 300 && response.status < 400) return { status: response.status, error: "redirect" };
    return { status: response.status, error: null };
  } catch (error) {
    return { status: null, error: error instanceof Error && error.name === "TimeoutError" ? "timeout" : "network" };
  }
}

/**
 * Staff send a delivery again, now (the next dispatcher run), under the same `webhook-id`: a
 * receiver that has it already can tell. Returns false when the subscription has no such delivery.
 */
export async function replayDelivery(db: Database, webhookId: string, deliveryId: string, now = Date.now()) {
  const replayed = await db
    .update(webhookDeliveries)
    .set({ status: "pending", nextAttemptAt: new Date(now) })
    .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.webhookId, webhookId)))
    .returning({ id: webhookDeliveries.id });
  return replayed.length > 0;
}

// What the bench does as an applicant and a reviewer would, against one running worker: apply,
// read the review link from the dev mailbox, decide; and wait until the workflows have settled,
// so that a timed request is the request alone and not the previous one's workflow too.
import type { Miniflare } from "miniflare";
import { STAFF_AUTH, sleep, timedFetch } from "./harness.ts";
import { APPLICATION } from "./sample-application.ts";

export { APPLICATION };
export const APPLICATION_JSON = JSON.stringify(APPLICATION);

const SETTLE_TIMEOUT_MS = 60_000;
const MAILBOX_TIMEOUT_MS = 60_000;

type Db = Awaited<ReturnType<Miniflare["getD1Database"]>>;

export function appClient(origin: string, db: Db) {
  let created = 0;
  let decided = 0;

  async function mailbox(): Promise<{ to: string; subject: string; text: string }[]> {
    const r = await timedFetch(`${origin}/dev/mailbox.json`, {}, [200]);
    return JSON.parse(new TextDecoder().decode(r.body));
  }

  return {
    /**
     * An application through the API, JSON unless another body and its type are given (`prefix`
     * reaches the same app by another route of bench/worker.ts).
     */
    async apply(prefix = "", body: BodyInit = APPLICATION_JSON, contentType = "application/json") {
      const r = await timedFetch(
        `${origin}${prefix}/api/v1/applications`,
        { method: "POST", body, headers: { "content-type": contentType } },
        [201],
      );
      if (!prefix) created++;
      const json = JSON.parse(new TextDecoder().decode(r.body)) as { id: string; reference: string; statusUrl: string };
      return { ms: r.ms, id: json.id, reference: json.reference, statusUrl: json.statusUrl };
    },

    /** A reviewer's decline through the emailed link. */
    async decline(link: string) {
      const r = await timedFetch(
        link,
        {
          method: "POST",
          body: "decision=decline&reasonCodes=capacity",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        },
        [200, 303],
      );
      decided++;
      return r.ms;
    },

    mailbox,

    /** The review links of `references` from their "Case to review" emails, polling until all came. */
    async reviewLinks(references: string[], pollMs = 200): Promise<Map<string, string>> {
      const links = new Map<string, string>();
      const deadline = performance.now() + MAILBOX_TIMEOUT_MS;
      for (;;) {
        for (const m of await mailbox()) {
          const reference = /^Case to review — (\S+)$/.exec(m.subject)?.[1];
          const link = /\/review\/([A-Za-z0-9_-]{43})\b/.exec(m.text)?.[0];
          if (reference && link && references.includes(reference)) links.set(reference, `${origin}${link}`);
        }
        if (links.size >= references.length) return links;
        if (performance.now() > deadline) throw new Error(`only ${links.size} review links arrived`);
        await sleep(pollMs);
      }
    },

    /** Waits until every case applied for has asked its reviewer, every decline told its applicant, and no email waits (small databases: it counts whole tables). */
    async settle(after: string) {
      const deadline = performance.now() + SETTLE_TIMEOUT_MS;
      for (;;) {
        const row = await db
          .prepare(
            `SELECT (SELECT count(*) FROM notifications WHERE status = 'pending') AS pending,
                    (SELECT count(*) FROM notifications WHERE status = 'failed') AS failed,
                    (SELECT count(DISTINCT case_id) FROM notifications WHERE template = 'review-request' AND status = 'sent') AS asked,
                    (SELECT count(DISTINCT case_id) FROM notifications WHERE template = 'case-declined' AND status = 'sent') AS declined`,
          )
          .first<{ pending: number; failed: number; asked: number; declined: number }>();
        if (!row) throw new Error("settle query returned nothing");
        if (row.failed > 0) throw new Error(`${row.failed} notification(s) failed after ${after}`);
        if (row.pending === 0 && row.asked >= created && row.declined >= decided) return;
        if (performance.now() > deadline)
          throw new Error(`workflows did not settle after ${after}: ${JSON.stringify({ ...row, created, decided })}`);
        await sleep(5);
      }
    },

    /**
     * A file made in the background (`POST /api/v1/exports` with `kind` and `filters`, as staff):
     * asked for, followed every `pollMs` until ready, downloaded.
     */
    async exported(kind: string, filters: Record<string, string>, pollMs = 250) {
      const asked = await timedFetch(
        `${origin}/api/v1/exports`,
        {
          method: "POST",
          headers: { ...STAFF_AUTH, "Content-Type": "application/json" },
          body: JSON.stringify({ kind, filters }),
        },
        [202],
      );
      const { id } = JSON.parse(new TextDecoder().decode(asked.body)) as { id: string };
      for (;;) {
        const polled = await timedFetch(`${origin}/api/v1/exports/${id}`, { headers: STAFF_AUTH }, [200]);
        const job = JSON.parse(new TextDecoder().decode(polled.body)) as { status: string; file?: string | null };
        if (job.status === "failed") throw new Error(`export ${id} failed`);
        if (job.status === "ready" && job.file)
          return (await timedFetch(`${origin}${job.file}`, { headers: STAFF_AUTH }, [200])).body;
        await sleep(pollMs);
      }
    },

    /** A case made some other way (a form, a concurrent applicant) that `settle` should wait for too. */
    counted() {
      created++;
    },
  };
}

export type AppClient = ReturnType<typeof appClient>;

import { asc, desc, eq } from "drizzle-orm";
import type { Hono } from "hono";
import { recordEvent } from "./cases/events";
import { searchTermStatements } from "./cases/search-index";
import { createDb } from "./db/client";
import type { CaseStatusView } from "./db/queries/status";
import { capabilityTokens, cases, contacts, events, organizations } from "./db/schema";
import type { AppEnv } from "./env";
import { personKeysOf } from "./lib/person-keys";
import { parseApplication } from "./lib/validation";
import { StepPage } from "./pages/apply/step-page";
import { StatusPage } from "./pages/status";

/** An application with only the answers the API requires. */
export const SAMPLE_APPLICATION = {
  organization: "warm-up",
  submitter: { role: "self", name: "A", email: "a@example.com" },
  applicant: { name: "A", prisonNumber: "A1" },
  conviction: { jurisdiction: "GB", offenses: "A" },
  claim: { innocenceStatement: "A" },
  consent: { dataProcessing: true },
};

const EPOCH = new Date(0);

/** A case just received, which the samples below vary. */
const RECEIVED: CaseStatusView = {
  reference: "IN-2026-AAAAAA",
  status: "submitted",
  createdAt: EPOCH,
  updatedAt: EPOCH,
  organizationId: "",
  organizationSlug: "",
  organizationName: "",
  holder: { isSubmitter: true, language: "en" },
  request: undefined,
  referredTo: undefined,
  reasonCodes: [],
  directory: [],
  wait: undefined,
};

/** A status page of each shape: waiting on the holder's answer, with the usual wait; declined, with the other members. */
const SAMPLE_STATUSES: CaseStatusView[] = [
  {
    ...RECEIVED,
    status: "awaiting_info",
    request: { kind: "respond", dueAt: EPOCH, fromYou: true },
    wait: {
      organizationId: "",
      receivedLast12Months: 0,
      waitingForFirstDecision: 0,
      firstDecisionsLast12Months: 0,
      medianDaysToFirstDecision: null,
      computedAt: EPOCH,
    },
  },
  {
    ...RECEIVED,
    status: "declined",
    reasonCodes: ["capacity"],
    directory: [{ name: "", website: "", jurisdictions: ["GB"] }],
  },
];

/**
 * Runs the code of a fresh isolate's first requests once at startup, so that V8 has compiled it
 * before the first request comes. V8 compiles a function on its first call, and the first form page,
 * status page or application calls hundreds for the first time (Hono's, hono/jsx's, drizzle's,
 * zod's and ours): 12–20 ms of CPU, over the Free plan's 10. Cloudflare starts an isolate while the
 * TLS handshake is under way, so startup is off the request's clock, and it has a limit of its own.
 *
 * It is the real code, run without what the global scope forbids (I/O, random numbers, a
 * `Response` with a body): Hono's router built, the pages of those requests rendered from sample
 * data (a status page of each shape), the SQL of their kinds of statement built and not sent, and a
 * sample application checked, with its keyed hashes and search terms made. Resolves to the parts
 * that failed, which nothing else would notice.
 */
export async function warmUp(app: Hono<AppEnv>, env: Env): Promise<string[]> {
  const db = createDb(env);
  const parts: [string, () => unknown][] = [
    ["router", () => app.router.match("GET", "/")],
    [
      "form page",
      () =>
        (
          <StepPage
            lang="en"
            step="you"
            context={{ role: "family", lang: "en", organizations: [], maxFileMb: 1 }}
            formKey=""
            state={{ values: new Map(), errors: new Map(), held: [] }}
            fromCheck={false}
          />
        ).toString(),
    ],
    [
      "status pages",
      () =>
        Promise.all(
          SAMPLE_STATUSES.map((status) =>
            (<StatusPage lang="en" status={status} statusUrl="https://x.invalid/" received={false} />).toString(),
          ),
        ),
    ],
    [
      "statements",
      () => {
        db.query.capabilityTokens.findFirst({ where: eq(capabilityTokens.tokenHash, "") }).toSQL();
        db.select({ reference: cases.reference, name: organizations.name })
          .from(cases)
          .innerJoin(organizations, eq(organizations.id, cases.organizationId))
          .where(eq(cases.id, ""))
          .toSQL();
        db.select({ id: events.id, name: contacts.name })
          .from(events)
          .leftJoin(contacts, eq(contacts.id, events.actor))
          .where(eq(events.caseId, ""))
          .orderBy(desc(events.id))
          .limit(1)
          .toSQL();
        db.select().from(organizations).orderBy(asc(organizations.name)).toSQL();
        db.update(capabilityTokens).set({ usedAt: EPOCH }).where(eq(capabilityTokens.id, "")).toSQL();
        recordEvent(db, "", { type: "submitted", actor: "self", data: { source: "api", attachments: 0 } }).toSQL();
      },
    ],
    [
      "application",
      async () => {
        const parsed = parseApplication(SAMPLE_APPLICATION);
        if (!parsed.ok) throw new Error("the sample application is not valid");
        await personKeysOf(env.PERSON_HASH_KEY, parsed.application);
        await searchTermStatements(env, db, "", parsed.application);
      },
    ],
  ];
  const failed: string[] = [];
  for (const [name, run] of parts) {
    try {
      await run();
    } catch (error) {
      failed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failed;
}

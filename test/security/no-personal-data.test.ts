import { introspectWorkflow } from "cloudflare:test";
import type { WorkflowEvent, WorkflowStep } from "cloudflare:workers";
import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sha256Hex } from "../../src/lib/crypto";
import { CaseReview } from "../../workflows/case-review";
import { ExportJob } from "../../workflows/export-job";
import { files, mailbox, multipartBody, postApplication, request, validApplication } from "../helpers";
import { expectError, expectJson, expectStatus, shapes } from "../http";
import { exportFileThroughApi, exportThroughApi } from "../staff/exporting";
import { linkFor, postForm } from "../workflows/driver";
import { unzip } from "./case-rows";

/**
 * SPEC §6: personal data never appears in logs, workflow params or step outputs, email subject
 * lines or the event log's `data`. An application whose every personal field carries a distinctive
 * marker is driven through the whole review loop, and everything those places hold is scanned.
 */

// Every personal value carries a "zq…" word that nothing in the system makes up on its own.
const SUBMITTER = {
  role: "family",
  name: "Zqsubmitterfirst Zqsubmitterlast",
  email: "zqsubmittermail@example.com",
  phone: "+1 555 0147 2291",
  postalAddress: "Zqsubmitterstreet 12, Zqsubmittertown PA 19001",
  relationship: "Zqsubmitterrelation sister",
  language: "en",
};
const APPLICANT = {
  name: "Zqapplicantfirst Zqapplicantlast",
  otherNames: "Zqapplicantalias Zqnickname",
  dateOfBirth: "1971-03-17",
  prisonNumber: "ZQPRISON-88417",
  facility: "Zqfacility Correctional Institution",
  postalAddress: "Zqapplicantcell 4, Zqapplicantblock, PO Box 77",
  inCustody: true,
};
const CONVICTION = {
  jurisdiction: "US-PA",
  court: "Zqcourtname County Court of Common Pleas",
  caseNumber: "ZQCASENO-2009-55731",
  offenses: "Robbery",
  convictionDate: "2009-06-01",
  trialOrPlea: "trial",
  appealStatus: "direct_appeal_decided",
};
const CLAIM = {
  innocenceStatement: "Zqinnocencestatement: he was at work across town that night.",
  evidenceTypes: ["eyewitness", "alibi"],
  biologicalEvidence: "unknown",
  newEvidence: "Zqnewevidence: a time-stamped timesheet from the warehouse.",
  evidenceLocation: "Zqevidencelocation: the Zqevidencelocker at the county clerk.",
  evidenceCustodian: {
    kind: "court_clerk",
    name: "Zqcustodianname Clerk of Court",
    postalAddress: "Zqcustodianaddress 1 Court Street",
  },
  coDefendants: "Zqcodefendantfirst Zqcodefendantlast",
};
const LAWYERS = [
  {
    role: "current",
    name: "Zqlawyerfirst Zqlawyerlast",
    email: "zqlawyermail@lawfirm.example.com",
    phone: "+1 555 0163 8840",
    mayContact: true,
    notify: true,
  },
  {
    role: "trial",
    name: "Zqtriallawyerfirst Zqtriallawyerlast",
    email: "zqtriallawyermail@lawfirm.example.com",
    phone: "+1 555 0171 3306",
    mayContact: false,
  },
];
const CONTACTS = [
  {
    role: "supporter",
    name: "Zqcontactfirst Zqcontactlast",
    email: "zqcontactmail@example.com",
    relationship: "Zqcontactrelation neighbour",
    language: "en",
    notify: true,
  },
];
const APPLICATION = validApplication({
  submitter: SUBMITTER,
  applicant: APPLICANT,
  conviction: CONVICTION,
  claim: CLAIM,
  lawyers: LAWYERS,
  contacts: CONTACTS,
  consent: { dataProcessing: true, contactPeopleNamed: true },
});

// What people type into the links along the way.
const REVIEW = {
  firstNote: "Zqreviewernoteone: the alibi needs checking.",
  questions: "Zqreviewerquestion: who saw you at the warehouse?",
  secondNote: "Zqreviewernotetwo: ask a forensic expert.",
  expertQuestions: "Zqexpertquestion: was the line-up suggestive?",
  expertEmail: "zqexpertmail@lab.example.org",
  acceptNote: "Zqreviewernotethree: strong alibi, accept.",
};
const ANSWER = "Zqapplicantanswer: my shift manager Zqshiftmanager saw me.";
const ANSWER_FILE = "zqanswerfile-timesheet.pdf";
const OPINION = "Zqexpertopinion: the line-up was suggestive.";
const PARTNER = "intake@liberty-probono.example.com";

/** Every personal value put in, each distinctive word of it, and phone numbers as bare digits. */
function markersOf(values: string[]): string[] {
  const markers = new Set<string>();
  for (const value of values) {
    markers.add(value.toLowerCase());
    for (const word of value.match(/zq[a-z0-9]+/gi) ?? []) markers.add(word.toLowerCase());
    if (/^\+?[\d\s-]+$/.test(value)) markers.add(value.replace(/\D/g, ""));
  }
  return [...markers];
}

const MARKERS = markersOf([
  ...Object.entries(SUBMITTER)
    .filter(([key]) => key !== "role" && key !== "language")
    .map(([, value]) => value),
  APPLICANT.name,
  APPLICANT.otherNames,
  APPLICANT.dateOfBirth,
  APPLICANT.prisonNumber,
  APPLICANT.facility,
  APPLICANT.postalAddress,
  CONVICTION.court,
  CONVICTION.caseNumber,
  CLAIM.innocenceStatement,
  CLAIM.newEvidence,
  CLAIM.evidenceLocation,
  CLAIM.evidenceCustodian.name,
  CLAIM.evidenceCustodian.postalAddress,
  CLAIM.coDefendants,
  ...LAWYERS.flatMap((l) => [l.name, l.email, l.phone]),
  ...CONTACTS.flatMap((c) => [c.name, c.email, c.relationship]),
  ...Object.values(REVIEW),
  ANSWER,
  ANSWER_FILE,
  OPINION,
]);

/** The markers found in `text`, case-insensitively. */
function findMarkers(text: string, markers = MARKERS): string[] {
  const haystack = text.toLowerCase();
  return markers.filter((marker) => haystack.includes(marker));
}

/** Anything as text: strings as they are, everything else as JSON, errors with name, message, stack and cause. */
function asText(value: unknown): string {
  if (typeof value === "string") return value;
  const seen = new WeakSet<object>();
  try {
    const text = JSON.stringify(value, (_key, item: unknown) => {
      if (item instanceof Error)
        return { ...item, name: item.name, message: item.message, stack: item.stack, cause: item.cause };
      if (item === undefined || typeof item === "bigint" || typeof item === "function" || typeof item === "symbol")
        return String(item);
      if (typeof item === "object" && item !== null) {
        if (seen.has(item)) return "[circular]";
        seen.add(item);
      }
      return item;
    });
    return text ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The strings in `value` that are not an id, a code or a timestamp: anything with spaces, an `@`,
 * or other punctuation an id never has. Numbers, booleans and null are counts and flags.
 */
function notIdsCountsOrCodes(value: unknown, path = "$"): string[] {
  if (value === null || value === undefined || typeof value === "boolean") return [];
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (value instanceof Date) return [];
  if (typeof value === "string") {
    const idOrCode = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,119}$/.test(value);
    const timestamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value);
    return idOrCode || timestamp ? [] : [`${path} = ${JSON.stringify(value)}`];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => notIdsCountsOrCodes(item, `${path}[${i}]`));
  if (typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => [
      ...notIdsCountsOrCodes(key, `${path} key`),
      ...notIdsCountsOrCodes(item, `${path}.${key}`),
    ]);
  }
  return [`${path}: ${typeof value}`];
}

const LEVELS = ["log", "info", "warn", "error", "debug"] as const;

/** Records every console call in this isolate (the worker's routes and the workflow's steps run here too). */
function captureConsole() {
  const calls: { level: string; text: string }[] = [];
  for (const level of LEVELS) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      calls.push({ level, text: args.map(asText).join(" ") });
      original(...args);
    });
  }
  return calls;
}

type StepRecord = { name: string; index: number; output: unknown };

/**
 * Wraps the workflow's `step` so every `do` and `waitForEvent` it runs is recorded by name and
 * index (steps repeat: "send for record receipt" 1, 2, 3…), together with the params it was started
 * with. The introspector can only wait for a step it is told the name of; this lists them all.
 */
function recordSteps(workflow: typeof CaseReview | typeof ExportJob = CaseReview) {
  const steps = new Map<string, StepRecord>();
  const payloads: unknown[] = [];
  const prototype: { run: (event: WorkflowEvent<unknown>, step: WorkflowStep) => Promise<unknown> } =
    workflow.prototype as never;
  const run = prototype.run;
  vi.spyOn(prototype, "run").mockImplementation(async function (this: unknown, event, step) {
    payloads.push(event.payload);
    const seen = new Map<string, number>();
    const record = (name: string, output: unknown) => {
      const index = (seen.get(name) ?? 0) + 1;
      seen.set(name, index);
      steps.set(`${name}#${index}`, { name, index, output });
      return output;
    };
    // The engine's `step` is an RPC stub: its methods are called on it, never taken off it.
    const calls = step as unknown as Record<"do" | "waitForEvent", (...args: unknown[]) => Promise<unknown>>;
    const recording = new Proxy(step, {
      get(target, property) {
        if (property === "do" || property === "waitForEvent")
          return async (name: string, ...rest: unknown[]) => record(name, await calls[property](name, ...rest));
        return Reflect.get(target, property);
      },
    });
    return run.call(this, event, recording);
  });
  return { steps, payloads };
}

/**
 * An export's workflow held ids, counts, keys' numbers and CRCs only: nothing personal in its
 * params, its step outputs (named `stepNames`, in order) or the console.
 */
function expectExportKeptItsData(
  logged: ReturnType<typeof captureConsole>,
  steps: ReturnType<typeof recordSteps>["steps"],
  params: unknown[],
  stepNames: string[],
) {
  const outputs = [...steps.values()].map((s) => ({ step: `${s.name} #${s.index}`, output: s.output }));
  expect(outputs.map((o) => o.step)).toEqual(stepNames);
  const leaks = [
    ...logged.map((c) => ({ where: `console.${c.level}`, text: c.text })),
    ...params.map((p) => ({ where: "workflow params", text: asText(p) })),
    ...outputs.map((s) => ({ where: `step output "${s.step}"`, text: asText(s.output) })),
  ]
    .map(({ where, text }) => ({ where, markers: findMarkers(text) }))
    .filter((l) => l.markers.length > 0);
  expect(leaks).toEqual([]);
  const notOnlyIds = [...params, ...outputs.map((o) => o.output)].flatMap((value) => notIdsCountsOrCodes(value));
  expect(notOnlyIds).toEqual([]);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("no personal data in logs, workflow params, step outputs, subjects or the event log", () => {
  it("the full review loop, with distinctive personal data everywhere, leaks none of it", async () => {
    const logged = captureConsole();
    const uuidCallers: string[] = [];
    const randomUUID = crypto.randomUUID.bind(crypto);
    vi.spyOn(crypto, "randomUUID").mockImplementation(() => {
      uuidCallers.push(new Error().stack ?? "");
      return randomUUID();
    });

    // The capture sees the worker's logs: make a route fail on an error whose message carries
    // personal data (as a database error echoing input would) and find the app's log line.
    vi.spyOn(env.DB, "prepare").mockImplementationOnce(() => {
      throw new Error(`constraint failed for ${APPLICANT.name}, ${SUBMITTER.email}`);
    });
    const { error } = await expectError(await request("/dev/mailbox.json"), 500, "internal_error");
    expect(logged.some((c) => c.level === "error" && c.text.includes(error.requestId))).toBe(true);

    const { steps, payloads } = recordSteps();
    const create = vi.spyOn(env.CASE_REVIEW, "create");
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    await workflows.modifyAll(async (m) => {
      await m.disableSleeps();
    });

    // Submit, through the JSON API.
    const kase = await expectJson(await postApplication(APPLICATION), 201, shapes.createdCase);
    const [instance] = await workflows.get();
    if (!instance) throw new Error("no workflow instance");
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    expect(await mailbox()).toEqual(
      expect.arrayContaining([expect.objectContaining({ to: SUBMITTER.email, subject: expect.any(String) })]),
    );

    // Round 1: the reviewer asks the applicant side a question; the submitter answers with a file.
    const round1 = await linkFor(kase.reference, "review");
    const asked = await postForm(round1, {
      decision: "request_info",
      questions: REVIEW.questions,
      note: REVIEW.firstNote,
    });
    await expectStatus(asked, 200);
    await instance.waitForStepResult({ name: "send for request_info round 1" });
    const respond = await linkFor(kase.reference, "respond", SUBMITTER.email);
    const { body, contentType } = multipartBody([
      { name: "answer", value: ANSWER },
      {
        name: "attachments",
        filename: ANSWER_FILE,
        type: "application/pdf",
        content: new TextEncoder().encode("%PDF-1.4\ntimesheet"),
      },
    ]);
    const answered = await request(respond, {
      method: "POST",
      headers: { "Content-Type": contentType, "Accept-Language": "en" },
      body,
    });
    await expectStatus(answered, 200);

    // Round 2: the reviewer consults an expert, who gives an opinion.
    await instance.waitForStepResult({ name: "send for assign reviewers round 2" });
    const round2 = await linkFor(kase.reference, "review");
    expect(round2).not.toBe(round1);
    const consulting = await postForm(round2, {
      decision: "consult_expert",
      expertEmail: REVIEW.expertEmail,
      questions: REVIEW.expertQuestions,
      note: REVIEW.secondNote,
    });
    await expectStatus(consulting, 200);
    await instance.waitForStepResult({ name: "send for consult_expert round 2" });
    const consult = await linkFor(kase.reference, "consult", REVIEW.expertEmail);
    await expectStatus(await postForm(consult, { opinion: OPINION }), 200);

    // Round 3: the reviewer accepts, and the referral partner takes the case.
    await instance.waitForStepResult({ name: "send for assign reviewers round 3" });
    const round3 = await linkFor(kase.reference, "review");
    await expectStatus(await postForm(round3, { decision: "accept", note: REVIEW.acceptNote }), 200);
    await instance.waitForStepResult({ name: "send for offer to referral partner" });
    const referral = await linkFor(kase.reference, "referral", PARTNER);
    await expectStatus(await postForm(referral, { response: "accept" }), 200);

    await instance.waitForStatus("complete");
    const output = await instance.getOutput();
    expect(output).toMatchObject({ caseId: kase.id, outcome: "referred" });
    const status = await env.DB.prepare("SELECT status FROM cases WHERE id = ?")
      .bind(kase.id)
      .first<{ status: string }>();
    expect(status?.status).toBe("referred");

    // The capture reached the workflow's own steps, not only the routes.
    expect(uuidCallers.some((stack) => stack.includes("src/cases/steps/"))).toBe(true);

    // Params: what the case was started with, as sent and as the workflow received it.
    const params = [...create.mock.calls.map(([options]) => options), ...payloads];
    expect(create.mock.calls.map(([options]) => options)).toEqual([{ id: kase.id, params: { caseId: kase.id } }]);
    expect(payloads.length).toBeGreaterThan(0);
    for (const payload of payloads) expect(payload).toEqual({ caseId: kase.id });

    // Step outputs: every step the instance ran, read back from the engine by name and index.
    const names = new Set([...steps.values()].map((s) => s.name));
    for (const expected of [
      "record receipt",
      "send for record receipt",
      "screen",
      "evidence preservation",
      "read deadlines",
      "assign reviewers round 1",
      "wait for decision round 1",
      "tally round 1",
      "request_info round 1",
      "send for request_info round 1",
      "wait for answer round 1",
      "close respond round 1",
      "reviewers of round 1",
      "assign reviewers round 2",
      "tally round 2",
      "consult_expert round 2",
      "send for consult_expert round 2",
      "wait for opinion round 2",
      "close consult round 2",
      "reviewers of round 2",
      "assign reviewers round 3",
      "send for assign reviewers round 3",
      "tally round 3",
      "accept",
      "send for accept",
      "offer to referral partner",
      "send for offer to referral partner",
      "wait for referral partner",
      "referral partner's answer",
      "referred to partner",
      "send for referred to partner",
    ]) {
      expect(names).toContain(expected);
    }
    // Nobody's answer lapsed on the way: the events went through.
    expect(steps.get("close respond round 1#1")?.output).toEqual({ answered: true });
    expect(steps.get("close consult round 2#1")?.output).toEqual({ answered: true });

    const stepOutputs: { step: string; output: unknown }[] = [];
    for (const { name, index, output } of steps.values()) {
      const step = `${name} #${index}`;
      stepOutputs.push({ step, output });
      if (name.startsWith("wait for ")) continue; // an event's payload, recorded above; the engine keeps it apart
      const stored = await instance.waitForStepResult({ name, index });
      stepOutputs.push({ step: `${step} (engine)`, output: stored });
    }
    stepOutputs.push({ step: "output", output });
    expect(stepOutputs.length).toBeGreaterThan(40);

    // The database: the event log, notification contexts, email subjects, capability links.
    const eventRows = await env.DB.prepare("SELECT type, actor, data FROM events WHERE case_id = ? ORDER BY id")
      .bind(kase.id)
      .all<{ type: string; actor: string; data: string | null }>();
    expect(eventRows.results.map((e) => e.type)).toEqual(
      expect.arrayContaining(["submitted", "decided", "answered", "opinion_given", "referral_accepted", "referred"]),
    );
    const contexts = await env.DB.prepare("SELECT template, context FROM notifications WHERE case_id = ?")
      .bind(kase.id)
      .all<{ template: string; context: string }>();
    expect(contexts.results.length).toBeGreaterThan(10);
    const subjects = await env.DB.prepare("SELECT subject FROM dev_mailbox").all<{ subject: string }>();
    expect(subjects.results.filter((s) => s.subject.endsWith(kase.reference)).length).toBeGreaterThan(10);
    const tokenRows = await env.DB.prepare("SELECT * FROM capability_tokens WHERE case_id = ?")
      .bind(kase.id)
      .all<Record<string, unknown> & { token_hash: string }>();

    // Only hashes of links: every link emailed (and the API's status link) is stored as its hash, never as itself.
    const statusToken = new URL(kase.statusUrl).pathname.split("/").pop();
    expect(statusToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rawTokens = new Set([statusToken as string]);
    for (const message of await mailbox()) {
      for (const [, token] of message.text.matchAll(
        /intake\.test\/(?:status|review|respond|consult|referral)\/([A-Za-z0-9_-]{43})/g,
      )) {
        if (token && message.subject.endsWith(kase.reference)) rawTokens.add(token);
      }
    }
    const hashes = new Set(tokenRows.results.map((row) => row.token_hash));
    // One row per link handed out, and each link found by its hash: nothing else is in the table.
    expect(rawTokens.size).toBe(tokenRows.results.length);
    expect(hashes.size).toBe(tokenRows.results.length);
    for (const row of tokenRows.results) expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const storedText = tokenRows.results.map((row) => asText(row)).join("\n");
    for (const token of rawTokens) {
      expect(hashes.has(await sha256Hex(token))).toBe(true);
      expect(storedText).not.toContain(token);
    }

    // Nothing personal anywhere.
    const leaks = [
      ...logged.map((c) => ({ where: `console.${c.level}`, text: c.text })),
      ...params.map((p) => ({ where: "workflow params", text: asText(p) })),
      ...stepOutputs.map((s) => ({ where: `step output "${s.step}"`, text: asText(s.output) })),
      ...eventRows.results.map((e) => ({ where: `event ${e.type}`, text: `${e.type} ${e.actor} ${e.data ?? ""}` })),
      ...contexts.results.map((n) => ({ where: `notification context (${n.template})`, text: n.context })),
      ...subjects.results.map((s) => ({ where: "email subject", text: s.subject })),
      ...tokenRows.results.map((t) => ({ where: "capability_tokens row", text: asText(t) })),
    ]
      .map(({ where, text }) => ({ where, markers: findMarkers(text) }))
      .filter((l) => l.markers.length > 0);
    expect(leaks).toEqual([]);

    // Params, step outputs, event data and notification contexts are ids, counts and codes only.
    const notOnlyIds = [
      ...params.map((p) => ({ where: "workflow params", bad: notIdsCountsOrCodes(p) })),
      ...stepOutputs.map((s) => ({ where: `step output "${s.step}"`, bad: notIdsCountsOrCodes(s.output) })),
      ...eventRows.results.map((e) => ({
        where: `event ${e.type}`,
        bad: notIdsCountsOrCodes({ type: e.type, actor: e.actor, data: e.data === null ? null : JSON.parse(e.data) }),
      })),
      ...contexts.results.map((n) => ({
        where: `notification context (${n.template})`,
        bad: notIdsCountsOrCodes(JSON.parse(n.context)),
      })),
    ].filter((s) => s.bad.length > 0);
    expect(notOnlyIds).toEqual([]);
  }, 120_000);

  it("an export of the queue keeps the rows in its file: its params and step outputs are ids and counts", async () => {
    const kase = await expectJson(await postApplication(APPLICATION), 201, shapes.createdCase);
    const logged = captureConsole();
    const { steps, payloads } = recordSteps(ExportJob);
    const create = vi.spyOn(env.EXPORT_JOB, "create");

    const { csv } = await exportThroughApi("cases", { organization: "demo-pa" });
    // The file does hold the person's data: that is what it is for.
    expect(findMarkers(csv)).toContain(APPLICANT.name.toLowerCase());
    expect(csv).toContain(kase.reference);
    expectExportKeptItsData(
      logged,
      steps,
      [...create.mock.calls.map(([options]) => options), ...payloads],
      ["begin #1", "page from row 0 #1", "finish #1"],
    );
    expect(payloads.length).toBe(1);
  }, 60_000);

  it("a ZIP of a person keeps their files' names and data in the file: its params and step outputs are numbers", async () => {
    const { body, contentType } = multipartBody([
      { name: "application", value: JSON.stringify(APPLICATION) },
      { name: "attachments", filename: `${APPLICANT.name}.pdf`, type: "application/pdf", content: files.pdf() },
    ]);
    const sent = await request("/api/v1/applications", {
      method: "POST",
      headers: { "Content-Type": contentType },
      body,
    });
    const kase = await expectJson(sent, 201, shapes.createdCase);
    const logged = captureConsole();
    const { steps, payloads } = recordSteps(ExportJob);
    const create = vi.spyOn(env.EXPORT_JOB, "create");

    const { download } = await exportFileThroughApi("person", { case: kase.id });
    const archive = new Uint8Array(await download.arrayBuffer());
    const zip = new TextDecoder().decode(archive);
    // The person's cases: this one and the earlier tests' (the same person, without files).
    const cases = (JSON.parse(new TextDecoder().decode(unzip(archive).get("person.json"))) as { cases: unknown[] })
      .cases.length;
    expect(findMarkers(zip)).toContain(APPLICANT.name.toLowerCase());
    expect(zip).toContain(`attachments/`);
    expect(zip).toContain(`-${APPLICANT.name}.pdf`);
    expect(zip).toContain(kase.reference);
    expectExportKeptItsData(
      logged,
      steps,
      [...create.mock.calls.map(([options]) => options), ...payloads],
      [
        "begin #1",
        // Each case's record, then its history.
        ...Array.from({ length: 2 * cases }, (_, n) => `document part ${n + 1} #1`),
        `piece ${2 * cases} #1`, // the file
        `piece ${2 * cases + 1} #1`, // the central directory
        "finish #1",
      ],
    );
  }, 60_000);

  it("the scanners catch personal data when it is there", () => {
    expect(MARKERS.length).toBeGreaterThan(60);
    // A whole value, one word of it in another case, a phone number reformatted.
    expect(findMarkers(`case of ${APPLICANT.name}`)).toContain(APPLICANT.name.toLowerCase());
    expect(findMarkers("request 42 failed for ZQAPPLICANTLAST")).toEqual(["zqapplicantlast"]);
    expect(findMarkers(asText({ step: { to: [SUBMITTER.email] } }))).toContain(SUBMITTER.email);
    expect(findMarkers(asText(new Error(`bad date ${APPLICANT.dateOfBirth}`)))).toEqual([APPLICANT.dateOfBirth]);
    expect(findMarkers("tel:155501472291")).toEqual(["155501472291"]);
    expect(findMarkers(`request ${crypto.randomUUID()} failed: Error`)).toEqual([]);

    expect(notIdsCountsOrCodes({ caseId: crypto.randomUUID(), outcome: "referred", acknowledgements: 3 })).toEqual([]);
    expect(notIdsCountsOrCodes([{ id: "x:expert", template: "review-request" }])).toEqual([]);
    expect(notIdsCountsOrCodes({ name: "Maria Ortega" })).toEqual(['$.name = "Maria Ortega"']);
    expect(notIdsCountsOrCodes({ to: ["maria@example.com"] })).toEqual(['$.to[0] = "maria@example.com"']);
    expect(notIdsCountsOrCodes({ note: "internal" })).toEqual([]); // one word is a code: the marker scan is what catches words
  });
});

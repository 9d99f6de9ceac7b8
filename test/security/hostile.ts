import { env } from "cloudflare:workers";
import { expect } from "vitest";
import { countRows, r2Keys, submitWithFile, waitUntil } from "../helpers";
import { type CreatedCase, expectStatus } from "../http";
import { linkFor, postForm } from "../workflows/driver";

/** What a refused request must leave exactly as it was. */
export async function stored() {
  return {
    cases: await countRows("cases"),
    contacts: await countRows("contacts"),
    attachments: await countRows("attachments"),
    r2: (await r2Keys()).sort(),
  };
}

/**
 * The rule of the issue: a 4xx leaves nothing behind, a success makes exactly one case, and a 5xx
 * is never an answer. `label` names the input in the failure message.
 */
export async function expectRefusedOrOneCase(
  before: Awaited<ReturnType<typeof stored>>,
  response: Response,
  label: string,
  success: number[] = [201],
) {
  const after = await stored();
  const { status } = response;
  expect(status, `${label}: answered ${status}`).toBeLessThan(500);
  if (success.includes(status)) {
    expect(after.cases, label).toBe(before.cases + 1);
  } else {
    expect(status, label).toBeGreaterThanOrEqual(400);
    expect(after, `${label}: a ${status} stored something`).toEqual(before);
  }
}

const MARKED_PDF = new TextEncoder().encode("%PDF-1.7\n% zqfilemarker: the secret content of a case file\n%%EOF\n");

/** A case with one file (by default a PDF whose bytes are recognisable), waiting for its reviewer. */
export async function caseAwaitingReview(
  file = { filename: "judgment.pdf", content: MARKED_PDF },
): Promise<CreatedCase & { reviewPath: string }> {
  const created = await submitWithFile(file);
  // Polls the mailbox: disposing of a workflow introspector would stop the workflow it watched.
  const reviewPath = await waitUntil(`a review link for ${created.reference}`, () =>
    linkFor(created.reference, "review").catch(() => null),
  );
  return { ...created, reviewPath };
}

export type LiveLinks = {
  references: string[];
  /** Paths such as `/review/<token>`, each live and unused. */
  status: string;
  review: string;
  respond: string;
  consult: string;
  referral: string;
  /** `/files/<review token>/<attachment id>` of the first case's PDF. */
  file: string;
};

/**
 * Drives four cases through the review loop (as review-paths.test.ts does) so that one live link of
 * every purpose exists; each workflow is then left waiting for that link's holder.
 */
export async function liveLinks(): Promise<LiveLinks> {
  const [first, forRespond, forConsult, forReferral] = await Promise.all([
    caseAwaitingReview(),
    caseAwaitingReview(),
    caseAwaitingReview(),
    caseAwaitingReview(),
  ]);
  const decide = async (kase: CreatedCase & { reviewPath: string }, fields: Record<string, string>) => {
    await expectStatus(await postForm(kase.reviewPath, fields), 200, "the decision");
  };
  await decide(forRespond, { decision: "request_info", questions: "Who saw him at work?" });
  await decide(forConsult, {
    decision: "consult_expert",
    expertEmail: "dr.forensics@lab.example.org",
    questions: "Is the line-up reliable?",
  });
  await decide(forReferral, { decision: "accept" });
  const link = (kase: CreatedCase, path: "respond" | "consult" | "referral") =>
    waitUntil(`a ${path} link for ${kase.reference}`, () => linkFor(kase.reference, path).catch(() => null));
  const attachment = await env.DB.prepare("SELECT id FROM attachments WHERE case_id = ?")
    .bind(first.id)
    .first<{ id: string }>();
  return {
    references: [first, forRespond, forConsult, forReferral].map((kase) => kase.reference),
    status: new URL(first.statusUrl).pathname,
    review: first.reviewPath,
    respond: await link(forRespond, "respond"),
    consult: await link(forConsult, "consult"),
    referral: await link(forReferral, "referral"),
    file: `/files/${first.reviewPath.split("/").pop()}/${attachment?.id}`,
  };
}

/** Personal data and file content of the cases made by `liveLinks`, which no refused link may show. */
export const CASE_DATA = ["Daniel Ortega", "Maria Ortega", "KX-4471", "eyewitness was wrong", "zqfilemarker"];

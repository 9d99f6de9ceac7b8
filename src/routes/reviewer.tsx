import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import { Hono } from "hono";
import * as z from "zod";
import { recordDecision } from "../cases/link-actions";
import { recordFileDownloaded, recordLinkOpened } from "../cases/link-reads";
import { type CaseView, loadCaseView } from "../db/queries/case-view";
import { listOrganizations } from "../db/queries/organizations";
import { reviewerAssignment, reviewerCases, reviewerWithOrganization } from "../db/queries/own-pages";
import { attachments } from "../db/schema";
import type { AppEnv } from "../env";
import { attachmentResponse } from "../lib/downloads";
import { formText, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { lookUpOwnPageLink, sendOwnPageLinks } from "../lib/own-page-links";
import { type ActionFormState, emptyActionForm } from "../pages/action-form";
import { MessagePage } from "../pages/message";
import { ReviewPage } from "../pages/review";
import { AskForLinkPage, ReviewerHomePage } from "../pages/reviewer-home";
import { linkProblem } from "./links";
import { readDecision } from "./review";

/**
 * A reviewer's own page (`/reviewer/:token`): every review waiting for them and every decision
 * they made, each case opened from it to decide or, once decided, to read again. And the form that
 * sends a reviewer the link to it (`/reviewer`), which answers the same whatever address it gets.
 */
export const reviewerRoute = new Hono<AppEnv>();

reviewerRoute.get("/", function showAskForLink(c) {
  c.header("Cache-Control", "no-store");
  return c.html(<AskForLinkPage lang={c.var.lang} form={emptyActionForm()} />);
});

const askSchema = z.object({ email: z.email().max(254) });

reviewerRoute.post("/", async function askForLink(c) {
  c.header("Cache-Control", "no-store");
  const email = formText(await readFormBody(c), "email")?.trim() ?? "";
  const parsed = askSchema.safeParse({ email });
  const t = messages[c.var.lang].reviewerPage;
  if (!parsed.success) {
    const form = { values: new Map([["email", [email]]]), errors: new Map([["email", t.errors.email]]) };
    return c.html(<AskForLinkPage lang={c.var.lang} form={form} />, 400);
  }
  // After the answer, so that it comes as fast for an address we know as for one we do not.
  c.executionCtx.waitUntil(
    sendOwnPageLinks(c.env, c.var.db, parsed.data.email).catch((error: unknown) => {
      console.error(
        `reviewer link request ${c.var.requestId} failed: ${error instanceof Error ? error.name : "error"}`,
      );
    }),
  );
  return c.html(<MessagePage lang={c.var.lang} path="/reviewer" title={t.sentTitle} body={t.sentBody} />);
});

type Opened = NonNullable<Awaited<ReturnType<typeof reviewerWithOrganization>>> & {
  link: { id: string };
  raw: string;
};

async function openReviewerLink(c: Context<AppEnv>): Promise<Opened | Response> {
  c.header("Cache-Control", "no-store");
  const raw = c.req.param("token") ?? "";
  const lookup = await lookUpOwnPageLink(c.var.db, raw, "reviewer");
  if (!lookup.ok) return linkProblem(c, lookup.reason);
  const holder = lookup.link.reviewerId ? await reviewerWithOrganization(c.var.db, lookup.link.reviewerId) : undefined;
  if (!holder) return linkProblem(c, "unknown");
  return { ...holder, link: lookup.link, raw };
}

reviewerRoute.get("/:token", async function showReviewerPage(c) {
  const opened = await openReviewerLink(c);
  if (opened instanceof Response) return opened;
  const cases = await reviewerCases(c.var.db, opened.reviewer.id);
  return c.html(
    <ReviewerHomePage
      lang={c.var.lang}
      token={opened.raw}
      organizationName={opened.organization.name}
      cases={cases}
      now={Date.now()}
    />,
  );
});

type OpenedCase = Opened & {
  review: NonNullable<Awaited<ReturnType<typeof reviewerAssignment>>>;
  view: CaseView;
  /** The review as a link on the case's record, for the looks and the decision. */
  asLink: { id: string; caseId: string; assignmentId: string; round: number; reviewerId: string };
};

/** One of the reviewer's reviews; another reviewer's, or one that does not exist, is as unknown as a made-up link. */
async function openReviewerCase(c: Context<AppEnv>): Promise<OpenedCase | Response> {
  const opened = await openReviewerLink(c);
  if (opened instanceof Response) return opened;
  const review = await reviewerAssignment(c.var.db, opened.reviewer.id, c.req.param("assignmentId") ?? "");
  const view = review && (await loadCaseView(c.env, c.var.db, review.assignment.caseId));
  if (!review || !view) return linkProblem(c, "unknown");
  const { assignment } = review;
  const asLink = {
    id: opened.link.id,
    caseId: assignment.caseId,
    assignmentId: assignment.id,
    round: assignment.round,
    reviewerId: opened.reviewer.id,
  };
  return { ...opened, review, view, asLink };
}

const lookOf = (opened: OpenedCase) => ({
  ...opened.asLink,
  role: "reviewer" as const,
  purpose: "review" as const,
  contactId: null,
});

reviewerRoute.get("/:token/cases/:assignmentId", async function showReviewerCase(c) {
  const opened = await openReviewerCase(c);
  if (opened instanceof Response) return opened;
  const page = await renderCase(c, opened, emptyActionForm(), 200);
  if (page.status !== 410) await recordLinkOpened(c.var.db, lookOf(opened), c.req.raw, "own_page");
  return page;
});

reviewerRoute.post("/:token/cases/:assignmentId", async function decideFromReviewerPage(c) {
  const opened = await openReviewerCase(c);
  if (opened instanceof Response) return opened;
  if (opened.review.assignment.status !== "open") return linkProblem(c, opened.review.decision ? "used" : "revoked");
  const read = await readDecision(c, opened.view);
  if (!read.ok) return renderCase(c, opened, read.form, 400);
  const action = { env: c.env, db: c.var.db, token: opened.asLink, requestId: c.var.requestId };
  if (!(await recordDecision(action, read.decision, read.referToId))) return linkProblem(c, "used");
  const t = messages[c.var.lang].review;
  const home = `/reviewer/${opened.raw}?lang=${c.var.lang}`;
  return c.html(
    <MessagePage lang={c.var.lang} path={`/reviewer/${opened.raw}`} title={t.thanksTitle} body={t.thanksBody}>
      <p>
        <a href={home}>{messages[c.var.lang].reviewerPage.back}</a>
      </p>
    </MessagePage>,
  );
});

reviewerRoute.get("/:token/cases/:assignmentId/files/:attachmentId", async function downloadFromReviewerPage(c) {
  const opened = await openReviewerCase(c);
  if (opened instanceof Response) return opened;
  if (opened.review.assignment.status !== "open" && !opened.review.decision) return linkProblem(c, "revoked");
  const file = await c.var.db.query.attachments.findFirst({
    where: and(eq(attachments.id, c.req.param("attachmentId")), eq(attachments.caseId, opened.asLink.caseId)),
  });
  const object = file && (await c.env.ATTACHMENTS.get(file.r2Key));
  if (!file || !object) return linkProblem(c, "unknown");
  await recordFileDownloaded(c.var.db, lookOf(opened), file.id, c.req.raw, "own_page");
  return attachmentResponse(object.body, file);
});

/**
 * The case to decide while its review is open, or to read with the decision made; a review taken
 * off the reviewer before they decided is turned off (410), as its emailed link is.
 */
async function renderCase(c: Context<AppEnv>, opened: OpenedCase, form: ActionFormState, status: 200 | 400) {
  const { assignment, decision } = opened.review;
  const base = `/reviewer/${opened.raw}/cases/${encodeURIComponent(assignment.id)}`;
  const common = {
    lang: c.var.lang,
    view: opened.view,
    path: base,
    filesBase: `${base}/files`,
    round: assignment.round,
    dueAt: assignment.dueAt,
    home: `/reviewer/${opened.raw}`,
  };
  if (assignment.status === "open") {
    const organizations = await listOrganizations(c.var.db);
    return c.html(
      <ReviewPage {...common} mode="decide" action={base} organizations={organizations} form={form} />,
      status,
    );
  }
  if (!decision) return linkProblem(c, "revoked");
  return c.html(
    <ReviewPage {...common} mode="read" decision={{ outcome: decision.outcome, decidedAt: decision.createdAt }} />,
  );
}

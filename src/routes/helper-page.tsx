import { and, eq } from "drizzle-orm";
import type { Context } from "hono";
import { Hono } from "hono";
import { recordOpinion, recordReferralReply } from "../cases/link-actions";
import { recordFileDownloaded, recordLinkOpened } from "../cases/link-reads";
import { consultPacket, loadCaseView } from "../db/queries/case-view";
import { type HelperRole, helperAssignment, helperCases } from "../db/queries/own-pages";
import { attachments } from "../db/schema";
import type { AppEnv } from "../env";
import { attachmentResponse } from "../lib/downloads";
import { formText, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { lookUpOwnPageLink, ownPagePaths } from "../lib/own-page-links";
import { type ActionFormState, emptyActionForm } from "../pages/action-form";
import { ConsultPage, expertRedactor } from "../pages/consult";
import { HelperHomePage } from "../pages/helper-home";
import { MessagePage } from "../pages/message";
import { ReferralPage } from "../pages/referral";
import { opinionSchema, referralResponseSchema } from "../schemas/actions";
import { linkProblem } from "./links";

/**
 * The own page of an expert (`/expert/:token`) or a referral partner (`/partner/:token`), asked on
 * more than one case: their open requests with deadlines, and those they answered, readable after.
 * A request opens from it to answer while open, as from its emailed link.
 */
export function helperPageRoute(role: HelperRole) {
  const route = new Hono<AppEnv>();
  const purpose = role === "expert" ? "consult" : "referral";

  async function openHome(c: Context<AppEnv>) {
    c.header("Cache-Control", "no-store");
    const raw = c.req.param("token") ?? "";
    const lookup = await lookUpOwnPageLink(c.var.db, raw, role);
    if (!lookup.ok) return linkProblem(c, lookup.reason);
    if (!lookup.link.email) return linkProblem(c, "unknown");
    return { link: lookup.link, email: lookup.link.email, home: `/${ownPagePaths[role]}/${raw}` };
  }

  async function openCase(c: Context<AppEnv>) {
    const opened = await openHome(c);
    if (opened instanceof Response) return opened;
    const request = await helperAssignment(c.var.db, role, opened.email, c.req.param("assignmentId") ?? "");
    const view = request && (await loadCaseView(c.env, c.var.db, request.assignment.caseId));
    if (!request || !view) return linkProblem(c, "unknown");
    const { assignment, contact } = request;
    const asLink = {
      id: opened.link.id,
      caseId: assignment.caseId,
      assignmentId: assignment.id,
      round: assignment.round,
      reviewerId: null,
    };
    const look = { ...asLink, role, purpose, contactId: contact.id } as const;
    return {
      ...opened,
      request,
      view,
      asLink,
      look,
      base: `${opened.home}/cases/${encodeURIComponent(assignment.id)}`,
    };
  }
  type OpenedCase = Exclude<Awaited<ReturnType<typeof openCase>>, Response>;

  route.get("/:token", async function showHelperPage(c) {
    const opened = await openHome(c);
    if (opened instanceof Response) return opened;
    const cases = await helperCases(c.var.db, role, opened.email);
    return c.html(<HelperHomePage lang={c.var.lang} role={role} home={opened.home} cases={cases} now={Date.now()} />);
  });

  route.get("/:token/cases/:assignmentId", async function showHelperCase(c) {
    const opened = await openCase(c);
    if (opened instanceof Response) return opened;
    const page = await render(c, opened, emptyActionForm(), 200);
    if (page.status === 200) await recordLinkOpened(c.var.db, opened.look, c.req.raw, "own_page");
    return page;
  });

  route.post("/:token/cases/:assignmentId", async function answerFromHelperPage(c) {
    const opened = await openCase(c);
    if (opened instanceof Response) return opened;
    const { assignment, response } = opened.request;
    if (assignment.status !== "open") return linkProblem(c, response ? "used" : "revoked");
    const body = await readFormBody(c);
    const action = { env: c.env, db: c.var.db, token: opened.asLink, requestId: c.var.requestId };
    const t = messages[c.var.lang];
    let recorded: boolean;
    if (role === "expert") {
      const opinion = formText(body, "opinion") ?? "";
      const parsed = opinionSchema.safeParse({ opinion });
      if (!parsed.success) {
        const form = {
          values: new Map([["opinion", [opinion]]]),
          errors: new Map([["opinion", t.consult.errors.opinion]]),
        };
        return render(c, opened, form, 400);
      }
      recorded = await recordOpinion(action, parsed.data.opinion);
    } else {
      const parsed = referralResponseSchema.safeParse({ response: formText(body, "response") });
      if (!parsed.success) {
        const form = { values: new Map(), errors: new Map([["response", t.referral.errors.response]]) };
        return render(c, opened, form, 400);
      }
      recorded = await recordReferralReply(action, parsed.data.response === "accept");
    }
    if (!recorded) return linkProblem(c, "used");
    const thanks = role === "expert" ? t.consult : t.referral;
    return c.html(
      <MessagePage lang={c.var.lang} path={opened.home} title={thanks.thanksTitle} body={thanks.thanksBody}>
        <p>
          <a href={`${opened.home}?lang=${c.var.lang}`}>{t.reviewerPage.back}</a>
        </p>
      </MessagePage>,
    );
  });

  route.get("/:token/cases/:assignmentId/files/:attachmentId", async function downloadFromHelperPage(c) {
    const opened = await openCase(c);
    if (opened instanceof Response) return opened;
    const { assignment, response } = opened.request;
    if (assignment.status !== "open" && !response) return linkProblem(c, "revoked");
    const attachmentId = c.req.param("attachmentId");
    // An expert gets only the documents the reviewer chose, under names that hide the application's.
    if (role === "expert" && !consultPacket(opened.view, assignment.round).documents.some((d) => d.id === attachmentId))
      return linkProblem(c, "unknown");
    const file = await c.var.db.query.attachments.findFirst({
      where: and(eq(attachments.id, attachmentId), eq(attachments.caseId, assignment.caseId)),
    });
    const object = file && (await c.env.ATTACHMENTS.get(file.r2Key));
    if (!file || !object) return linkProblem(c, "unknown");
    await recordFileDownloaded(c.var.db, opened.look, file.id, c.req.raw, "own_page");
    const fileName =
      role === "expert"
        ? expertRedactor(c.var.lang, opened.view.case.application).redact(file.fileName)
        : file.fileName;
    return attachmentResponse(object.body, { ...file, fileName });
  });

  /** The request to answer while open, or to read with the answer given; one that lapsed unanswered is off (410). */
  async function render(c: Context<AppEnv>, opened: OpenedCase, form: ActionFormState, status: 200 | 400) {
    const { assignment, response } = opened.request;
    const at = { path: opened.base, filesBase: `${opened.base}/files`, home: opened.home };
    const answering = assignment.status === "open";
    if (!answering && !response) return linkProblem(c, "revoked");
    const lang = c.var.lang;
    if (role === "expert") {
      const state = answering
        ? { mode: "answer" as const, action: opened.base, form }
        : {
            mode: "read" as const,
            // The view's copy is opened; the row's is sealed.
            opinion: opened.view.responses.find((r) => r.assignmentId === assignment.id)?.body ?? "",
            sentAt: response?.createdAt ?? new Date(),
          };
      const packet = consultPacket(opened.view, assignment.round);
      return c.html(<ConsultPage lang={lang} view={opened.view} at={at} {...packet} state={state} />, status);
    }
    const state = answering
      ? { mode: "answer" as const, action: opened.base, form }
      : { mode: "read" as const, accepted: response?.accepted === true, at: response?.createdAt ?? new Date() };
    const note = opened.view.decisions.at(-1)?.note ?? null;
    return c.html(<ReferralPage lang={lang} view={opened.view} at={at} note={note} state={state} />, status);
  }

  return route;
}

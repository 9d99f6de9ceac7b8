import type { Context } from "hono";
import { Hono } from "hono";
import { recordDecision } from "../cases/link-actions";
import { findAssignment } from "../db/queries/assignments";
import type { CaseView } from "../db/queries/case-view";
import { findOrganizationBySlug, listOrganizations } from "../db/queries/organizations";
import type { AppEnv } from "../env";
import { formTexts, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { type ActionFormState, emptyActionForm } from "../pages/action-form";
import { ReviewPage } from "../pages/review";
import { type DecisionForm, decisionSchema } from "../schemas/actions";
import { linkProblem, type OpenLink, openLink, showLink, thanksPage } from "./links";

export const reviewRoute = new Hono<AppEnv>();

reviewRoute.get("/:token", async function showReview(c) {
  const link = await showLink(c, "review");
  if (link instanceof Response) return link;
  return renderReview(c, link, emptyActionForm(), 200);
});

reviewRoute.post("/:token", async function decide(c) {
  const link = await openLink(c, "review");
  if (link instanceof Response) return link;
  const read = await readDecision(c, link.view);
  if (!read.ok) return renderReview(c, link, read.form, 400);
  const action = { env: c.env, db: c.var.db, token: link.token, requestId: c.var.requestId };
  if (!(await recordDecision(action, read.decision, read.referToId))) return linkProblem(c, "used");
  const t = messages[c.var.lang].review;
  return thanksPage(c, t.thanksTitle, t.thanksBody);
});

export type DecisionRead =
  | { ok: true; decision: DecisionForm; referToId: string | null }
  | { ok: false; form: ActionFormState };

/**
 * The decision form as sent, checked: each problem named by its field, and the organization to
 * refer to one that exists and is not the case's own. Shared by review links and reviewers' pages.
 */
export async function readDecision(c: Context<AppEnv>, view: CaseView): Promise<DecisionRead> {
  const t = messages[c.var.lang].review;
  const body = await readFormBody(c);
  const values = new Map<string, string[]>(Object.keys(body).map((name) => [name, formTexts(body, name)]));
  const parsed = decisionSchema.safeParse({
    decision: values.get("decision")?.[0],
    note: values.get("note")?.[0],
    reasonCodes: values.get("reasonCodes") ?? [],
    questions: values.get("questions")?.[0],
    expertEmail: values.get("expertEmail")?.[0],
    organization: values.get("organization")?.[0],
    expertDocuments: values.get("expertDocuments") ?? [],
  });
  const errors = new Map<string, string>();
  const field = (path: PropertyKey | undefined) => String(path ?? "decision") as keyof typeof t.errors;
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = field(issue.path[0]);
      errors.set(name, t.errors[name] ?? t.errors.decision);
    }
  }
  const refersTo = parsed.success && parsed.data.decision === "refer" ? parsed.data.organization : undefined;
  const named = refersTo ? await findOrganizationBySlug(c.var.db, refersTo) : undefined;
  const referTo = named && named.id !== view.case.organizationId ? named : undefined;
  if (refersTo && !referTo) errors.set("organization", t.errors.organization);
  const documents = new Set(view.attachments.map((a) => a.id));
  if (parsed.success && !parsed.data.expertDocuments.every((id) => documents.has(id)))
    errors.set("expertDocuments", t.errors.expertDocuments);
  if (!parsed.success || errors.size > 0) return { ok: false, form: { values, errors } };
  return { ok: true, decision: parsed.data, referToId: referTo?.id ?? null };
}

async function renderReview(c: Context<AppEnv>, link: OpenLink, form: ActionFormState, status: 200 | 400) {
  const assignment = link.token.assignmentId ? await findAssignment(c.var.db, link.token.assignmentId) : undefined;
  const organizations = await listOrganizations(c.var.db);
  return c.html(
    <ReviewPage
      mode="decide"
      lang={c.var.lang}
      view={link.view}
      path={`/review/${link.raw}`}
      action={`/review/${link.raw}`}
      filesBase={`/files/${link.raw}`}
      round={link.token.round}
      dueAt={assignment?.dueAt}
      organizations={organizations}
      form={form}
    />,
    status,
  );
}

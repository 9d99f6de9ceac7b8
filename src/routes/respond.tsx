import { eq } from "drizzle-orm";
import type { Context } from "hono";
import { Hono } from "hono";
import { recordAnswer } from "../cases/link-actions";
import { contacts } from "../db/schema";
import type { AppEnv } from "../env";
import { messages, rejectionText } from "../lib/i18n";
import { deleteUploads, readMultipartForm } from "../lib/multipart-form";
import { cleanText } from "../lib/text";
import { uploadLimits } from "../lib/uploads";
import { type ActionFormState, emptyActionForm } from "../pages/action-form";
import { RespondPage } from "../pages/link-forms";
import { linkProblem, type OpenLink, openLink, questionsBehind, showLink, thanksPage } from "./links";

export const respondRoute = new Hono<AppEnv>();

respondRoute.get("/:token", async function showQuestions(c) {
  const link = await showLink(c, "respond");
  if (link instanceof Response) return link;
  return render(c, link, emptyActionForm(), 200);
});

respondRoute.post("/:token", async function answer(c) {
  const link = await openLink(c, "respond");
  if (link instanceof Response) return link;
  const t = messages[c.var.lang].respond;
  const limits = uploadLimits(c.env);
  const { fields, uploads, rejections } = await readMultipartForm(c.req.raw, c.env, limits);
  const text = cleanText(fields.get("answer")?.[0] ?? "").trim();
  const errors = new Map<string, string>();
  if (rejections.length > 0)
    errors.set("attachments", rejections.map((r) => rejectionText(c.var.lang, r, limits)).join(" "));
  if (text === "" && uploads.length === 0) errors.set("answer", t.errors.answer);
  if (text.length > 20_000) errors.set("answer", messages[c.var.lang].errors.too_long);
  if (errors.size > 0) {
    await deleteUploads(c.env.ATTACHMENTS, uploads);
    return render(c, link, { values: fields, errors }, 400);
  }

  const { token } = link;
  const responder = token.contactId
    ? await c.var.db.query.contacts.findFirst({ where: eq(contacts.id, token.contactId) })
    : undefined;
  const action = { env: c.env, db: c.var.db, token, requestId: c.var.requestId };
  const answer = { text: text === "" ? null : text, uploads, responderRole: responder?.role ?? "applicant" };
  if (!(await recordAnswer(action, answer))) {
    await deleteUploads(c.env.ATTACHMENTS, uploads);
    return linkProblem(c, "used");
  }
  return thanksPage(c, t.thanksTitle, t.thanksBody);
});

async function render(c: Context<AppEnv>, link: OpenLink, form: ActionFormState, status: 200 | 400) {
  const page = (
    <RespondPage
      lang={c.var.lang}
      view={link.view}
      token={link.raw}
      questions={questionsBehind(link, "request_info")}
      form={form}
    />
  );
  return c.html(page, status);
}

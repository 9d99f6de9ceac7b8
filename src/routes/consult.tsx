import type { Context } from "hono";
import { Hono } from "hono";
import { recordOpinion } from "../cases/link-actions";
import { consultPacket } from "../db/queries/case-view";
import type { Language } from "../db/schema";
import type { AppEnv } from "../env";
import { type FormBody, formText, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { type ActionFormState, emptyActionForm } from "../pages/action-form";
import { ConsultPage } from "../pages/consult";
import { type OpinionForm, opinionSchema } from "../schemas/actions";
import { linkProblem, type OpenLink, openLink, showLink, thanksPage } from "./links";

export const consultRoute = new Hono<AppEnv>();

consultRoute.get("/:token", async function showRedactedCase(c) {
  const link = await showLink(c, "consult");
  if (link instanceof Response) return link;
  return render(c, link, emptyActionForm(), 200);
});

consultRoute.post("/:token", async function giveOpinion(c) {
  const link = await openLink(c, "consult");
  if (link instanceof Response) return link;
  const read = readOpinion(c.var.lang, await readFormBody(c));
  if (!read.ok) return render(c, link, read.form, 400);
  const action = { env: c.env, db: c.var.db, token: link.token, requestId: c.var.requestId };
  if (!(await recordOpinion(action, read.opinion))) return linkProblem(c, "used");
  const t = messages[c.var.lang].consult;
  return thanksPage(c, t.thanksTitle, t.thanksBody);
});

/** The opinion form as sent, checked; shared by consult links and experts' own pages. */
export function readOpinion(
  lang: Language,
  body: FormBody,
): { ok: true; opinion: OpinionForm } | { ok: false; form: ActionFormState } {
  const opinion = formText(body, "opinion") ?? "";
  const preserveEvidence = formText(body, "preserveEvidence") === "true";
  const parsed = opinionSchema.safeParse({ opinion, preserveEvidence });
  if (parsed.success) return { ok: true, opinion: parsed.data };
  const values = new Map([
    ["opinion", [opinion]],
    ["preserveEvidence", preserveEvidence ? ["true"] : []],
  ]);
  return { ok: false, form: { values, errors: new Map([["opinion", messages[lang].consult.errors.opinion]]) } };
}

async function render(c: Context<AppEnv>, link: OpenLink, form: ActionFormState, status: 200 | 400) {
  const page = (
    <ConsultPage
      lang={c.var.lang}
      view={link.view}
      at={{ path: `/consult/${link.raw}`, filesBase: `/files/${link.raw}` }}
      {...consultPacket(link.view, link.token.round)}
      state={{ mode: "answer", action: `/consult/${link.raw}`, form }}
    />
  );
  return c.html(page, status);
}

import type { Context } from "hono";
import { Hono } from "hono";
import { recordOpinion } from "../cases/link-actions";
import { consultPacket } from "../db/queries/case-view";
import type { AppEnv } from "../env";
import { formText, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { type ActionFormState, emptyActionForm } from "../pages/action-form";
import { ConsultPage } from "../pages/consult";
import { opinionSchema } from "../schemas/actions";
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
  const t = messages[c.var.lang].consult;
  const opinion = formText(await readFormBody(c), "opinion") ?? "";
  const parsed = opinionSchema.safeParse({ opinion });
  if (!parsed.success) {
    return render(
      c,
      link,
      { values: new Map([["opinion", [opinion]]]), errors: new Map([["opinion", t.errors.opinion]]) },
      400,
    );
  }
  const action = { env: c.env, db: c.var.db, token: link.token, requestId: c.var.requestId };
  if (!(await recordOpinion(action, parsed.data.opinion))) return linkProblem(c, "used");
  return thanksPage(c, t.thanksTitle, t.thanksBody);
});

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

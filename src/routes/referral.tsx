import type { Context } from "hono";
import { Hono } from "hono";
import { recordReferralReply } from "../cases/link-actions";
import type { AppEnv } from "../env";
import { formText, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { type ActionFormState, emptyActionForm } from "../pages/action-form";
import { ReferralPage } from "../pages/referral";
import { referralResponseSchema } from "../schemas/actions";
import { linkProblem, type OpenLink, openLink, showLink, thanksPage } from "./links";

export const referralRoute = new Hono<AppEnv>();

referralRoute.get("/:token", async function showPacket(c) {
  const link = await showLink(c, "referral");
  if (link instanceof Response) return link;
  return render(c, link, emptyActionForm(), 200);
});

referralRoute.post("/:token", async function answerReferral(c) {
  const link = await openLink(c, "referral");
  if (link instanceof Response) return link;
  const t = messages[c.var.lang].referral;
  const parsed = referralResponseSchema.safeParse({ response: formText(await readFormBody(c), "response") });
  if (!parsed.success)
    return render(c, link, { values: new Map(), errors: new Map([["response", t.errors.response]]) }, 400);
  const action = { env: c.env, db: c.var.db, token: link.token, requestId: c.var.requestId };
  if (!(await recordReferralReply(action, parsed.data.response === "accept"))) return linkProblem(c, "used");
  return thanksPage(c, t.thanksTitle, t.thanksBody);
});

async function render(c: Context<AppEnv>, link: OpenLink, form: ActionFormState, status: 200 | 400) {
  const latest = link.view.decisions.at(-1);
  return c.html(
    <ReferralPage
      lang={c.var.lang}
      view={link.view}
      at={{ path: `/referral/${link.raw}`, filesBase: `/files/${link.raw}` }}
      note={latest?.note ?? null}
      state={{ mode: "answer", action: `/referral/${link.raw}`, form }}
    />,
    status,
  );
}

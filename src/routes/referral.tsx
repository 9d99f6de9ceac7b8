import type { Context } from "hono";
import { Hono } from "hono";
import { workflowEvents } from "../../workflows/case-review";
import { events, responses } from "../db/schema";
import type { AppEnv } from "../env";
import { formText, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { type ActionFormState, emptyActionForm } from "../pages/action-form";
import { ReferralPage } from "../pages/link-forms";
import { referralResponseSchema } from "../schemas/actions";
import { actOnLink, linkProblem, type OpenLink, openLink, thanksPage, wakeWorkflow } from "./links";

export const referralRoute = new Hono<AppEnv>();

referralRoute.get("/:token", async function showPacket(c) {
  const link = await openLink(c, "referral");
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
  const { token } = link;
  const accepted = parsed.data.response === "accept";
  const recorded = await actOnLink(c.var.db, token, [
    c.var.db.insert(responses).values({
      id: crypto.randomUUID(),
      caseId: token.caseId,
      round: token.round,
      assignmentId: token.assignmentId ?? "",
      kind: "referral",
      accepted,
    }),
    c.var.db.insert(events).values({
      caseId: token.caseId,
      type: accepted ? "referral_accepted" : "referral_refused",
      actor: "referral_partner",
      data: { assignmentId: token.assignmentId },
    }),
  ]);
  if (!recorded) return linkProblem(c, "used");
  await wakeWorkflow(c.env, token.caseId, workflowEvents.referralResponse, c.var.requestId);
  return thanksPage(c, t.thanksTitle, t.thanksBody);
});

async function render(c: Context<AppEnv>, link: OpenLink, form: ActionFormState, status: 200 | 400) {
  const latest = link.view.decisions.at(-1);
  return c.html(
    <ReferralPage lang={c.var.lang} view={link.view} token={link.raw} note={latest?.note ?? null} form={form} />,
    status,
  );
}

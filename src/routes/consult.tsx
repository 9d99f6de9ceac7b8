import type { Context } from "hono";
import { Hono } from "hono";
import { workflowEvents } from "../../workflows/case-review";
import { events, responses } from "../db/schema";
import type { AppEnv } from "../env";
import { formText, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { sealText } from "../lib/sealing";
import { type ActionFormState, emptyActionForm } from "../pages/action-form";
import { ConsultPage } from "../pages/link-forms";
import { opinionSchema } from "../schemas/actions";
import { actOnLink, linkProblem, type OpenLink, openLink, questionsBehind, thanksPage, wakeWorkflow } from "./links";

export const consultRoute = new Hono<AppEnv>();

consultRoute.get("/:token", async function showRedactedCase(c) {
  const link = await openLink(c, "consult");
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
  const { token } = link;
  const responseId = crypto.randomUUID();
  const recorded = await actOnLink(c.var.db, token, [
    c.var.db.insert(responses).values({
      id: responseId,
      caseId: token.caseId,
      round: token.round,
      assignmentId: token.assignmentId ?? "",
      kind: "opinion",
      body: await sealText(c.env, c.var.db, token.caseId, parsed.data.opinion),
    }),
    c.var.db.insert(events).values({
      caseId: token.caseId,
      type: "opinion_given",
      actor: "expert",
      data: { responseId, round: token.round },
    }),
  ]);
  if (!recorded) return linkProblem(c, "used");
  await wakeWorkflow(c.env, token.caseId, workflowEvents.opinion, c.var.requestId);
  return thanksPage(c, t.thanksTitle, t.thanksBody);
});

async function render(c: Context<AppEnv>, link: OpenLink, form: ActionFormState, status: 200 | 400) {
  const page = (
    <ConsultPage
      lang={c.var.lang}
      view={link.view}
      token={link.raw}
      question={questionsBehind(link, "consult_expert")}
      form={form}
    />
  );
  return c.html(page, status);
}

import type { Context } from "hono";
import { recordLinkOpened } from "../cases/link-reads";
import { type CaseView, loadCaseView } from "../db/queries/case-view";
import type { TokenPurpose } from "../db/schema";
import type { AppEnv } from "../env";
import { messages } from "../lib/i18n";
import { type CapabilityToken, lookUpToken } from "../lib/tokens";
import { MessagePage } from "../pages/message";

const problemStatus = { unknown: 404, expired: 410, revoked: 410, used: 409 } as const;
type Problem = keyof typeof problemStatus;

/** The clear page for a link that does not work; it shows nothing of any case. */
export function linkProblem(c: Context<AppEnv>, reason: Problem) {
  const t = messages[c.var.lang].linkProblem;
  return c.html(
    <MessagePage lang={c.var.lang} path="/" title={t[`${reason}Title`]} body={t[`${reason}Body`]} />,
    problemStatus[reason],
  );
}

export type OpenLink = { token: CapabilityToken; view: CaseView; raw: string };

/**
 * Opens the capability link in `:token` for `purpose`, or answers with the problem page. A link of
 * another purpose is as unknown as a made-up one. Reading never changes anything.
 */
export async function openLink(c: Context<AppEnv>, purpose: TokenPurpose): Promise<OpenLink | Response> {
  c.header("Cache-Control", "no-store");
  const raw = c.req.param("token") ?? "";
  const lookup = await lookUpToken(c.var.db, raw, purpose);
  if (!lookup.ok) return linkProblem(c, lookup.reason);
  const view = await loadCaseView(c.env, c.var.db, lookup.token.caseId);
  if (!view) return linkProblem(c, "unknown");
  return { token: lookup.token, view, raw };
}

/** Opens the link for a GET of its page, and puts that look on the case's record. */
export async function showLink(c: Context<AppEnv>, purpose: TokenPurpose): Promise<OpenLink | Response> {
  const link = await openLink(c, purpose);
  if (link instanceof Response) return link;
  await recordLinkOpened(c.var.db, link.token, c.req.raw);
  return link;
}

/** The questions of the decision that sent this link (`request_info` to the applicant, `consult_expert` to an expert). */
export function questionsBehind(link: OpenLink, outcome: "request_info" | "consult_expert"): string {
  return link.view.decisions.find((d) => d.round === link.token.round && d.outcome === outcome)?.questions ?? "";
}

export function thanksPage(c: Context<AppEnv>, title: string, body: string) {
  return c.html(<MessagePage lang={c.var.lang} path="/" title={title} body={body} />);
}

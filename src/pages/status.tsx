import type { CaseStatusView } from "../db/queries/status";
import { declineReasonCodes, type Language } from "../db/schema";
import { longDate } from "../lib/dates";
import { messages } from "../lib/i18n";
import { isOneOf } from "../lib/is-one-of";
import { Layout } from "./layout";
import { expectedWait } from "./wait";

/** Stages in which the applicant side waits for the organization's first answer. */
const WAITING_FOR_AN_ANSWER = ["submitted", "screening", "routed", "in_review", "awaiting_info", "awaiting_expert"];

type StatusPageProps = { lang: Language; status: CaseStatusView; statusUrl: string; received: boolean };

/**
 * Where a case stands, for the holder of its status link: what has happened, what happens next
 * and roughly when, in words for this stage and this person. Only the person asked for more
 * information is told that the case waits for them, with the way to answer.
 */
export function StatusPage({ lang, status, statusUrl, received }: StatusPageProps) {
  const t = messages[lang].status;
  const statusPath = new URL(statusUrl).pathname;
  const path = statusPath + (received ? "?received=1" : "");
  const audience = status.holder.isSubmitter ? "submitter" : "other";
  const explained = t.explain[status.status];
  const named = status.status === "referred" && status.referredTo ? status.referredTo : status.organizationName;
  const { request } = status;
  const due = request?.dueAt && !request.fromYou ? t.dueBy(longDate(lang, request.dueAt)) : undefined;
  return (
    <Layout lang={lang} title={t.title} path={path}>
      {received && (
        <div class="notice" role="status">
          <h1>{t.receivedTitle}</h1>
          <p>{t.receivedBody}</p>
        </div>
      )}
      {!received && <h1>{t.title}</h1>}
      {request?.fromYou && (
        <section class="notice" aria-labelledby="asked-title">
          <h2 id="asked-title">{t.asked.title}</h2>
          <p>{t.asked.body(request.dueAt ? longDate(lang, request.dueAt) : "")}</p>
          <form method="post" action={`${statusPath}/answer?lang=${lang}`}>
            <button class="button" type="submit">
              {t.asked.button}
            </button>
          </form>
        </section>
      )}
      <div class="panel">
        <dl class="facts">
          <dt>{t.reference}</dt>
          <dd class="reference">{status.reference}</dd>
          <dt>{t.stage}</dt>
          <dd>
            {status.status === "awaiting_info" && !request?.fromYou
              ? t.awaitingInfoFromOthers
              : t.stages[status.status]}
          </dd>
          <dt>{t.organization}</dt>
          <dd>{status.organizationName}</dd>
          <dt>{t.submitted}</dt>
          <dd>{longDate(lang, status.createdAt)}</dd>
          <dt>{t.updated}</dt>
          <dd>{longDate(lang, status.updatedAt)}</dd>
        </dl>
      </div>
      {received && (
        <div class="panel">
          <h2>{t.link}</h2>
          <p class="link-box">{statusUrl}</p>
        </div>
      )}
      {!request?.fromYou && (
        <>
          <h2>{t.happenedTitle}</h2>
          <p>{explained.happened[audience](named)}</p>
        </>
      )}
      {status.reasonCodes.length > 0 && (
        <>
          <h2>{t.reasonsTitle}</h2>
          <ul>
            {status.reasonCodes
              .filter((code) => isOneOf(declineReasonCodes, code))
              .map((code) => (
                <li>{messages[lang].declineReasons.text[code]}</li>
              ))}
          </ul>
        </>
      )}
      {!request?.fromYou && (
        <>
          <h2>{t.nextTitle}</h2>
          <p>
            {explained.next[audience]}
            {due && ` ${due}`}
          </p>
          {WAITING_FOR_AN_ANSWER.includes(status.status) && <p>{expectedWait(lang, status.wait)}</p>}
        </>
      )}
      {status.directory.length > 0 && (
        <>
          <h2>{t.directoryTitle}</h2>
          <ul>
            {status.directory.map((o) => (
              <li>
                {o.website ? <a href={o.website}>{o.name}</a> : o.name} ({o.jurisdictions.join(", ")})
              </li>
            ))}
          </ul>
        </>
      )}
    </Layout>
  );
}

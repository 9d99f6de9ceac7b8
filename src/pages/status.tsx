import type { CaseStatusView } from "../db/queries/status";
import { declineReasonCodes, type Language } from "../db/schema";
import { messages } from "../lib/i18n";
import { isOneOf } from "../lib/is-one-of";
import { Layout } from "./layout";

type StatusPageProps = { lang: Language; status: CaseStatusView; statusUrl: string; received: boolean };

export function StatusPage({ lang, status, statusUrl, received }: StatusPageProps) {
  const t = messages[lang].status;
  const date = new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
  const path = new URL(statusUrl).pathname + (received ? "?received=1" : "");
  return (
    <Layout lang={lang} title={t.title} path={path}>
      {received && (
        <div class="notice" role="status">
          <h1>{t.receivedTitle}</h1>
          <p>{t.receivedBody}</p>
        </div>
      )}
      {!received && <h1>{t.title}</h1>}
      <div class="panel">
        <dl class="facts">
          <dt>{t.reference}</dt>
          <dd class="reference">{status.reference}</dd>
          <dt>{t.stage}</dt>
          <dd>
            {status.status === "awaiting_info" && !status.askedYou ? t.awaitingInfoFromOthers : t.stages[status.status]}
          </dd>
          <dt>{t.organization}</dt>
          <dd>{status.organizationName}</dd>
          <dt>{t.submitted}</dt>
          <dd>{date.format(status.createdAt)}</dd>
          <dt>{t.updated}</dt>
          <dd>{date.format(status.updatedAt)}</dd>
        </dl>
      </div>
      {received && (
        <div class="panel">
          <h2>{t.link}</h2>
          <p class="link-box">{statusUrl}</p>
        </div>
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
      {status.directory.length > 0 ? (
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
      ) : (
        <>
          <h2>{t.nextTitle}</h2>
          <p>{t.next}</p>
        </>
      )}
    </Layout>
  );
}

import type { devMailbox, Language } from "../db/schema";
import { messages } from "../lib/i18n";
import { Layout } from "./layout";

type Mail = typeof devMailbox.$inferSelect;

/** Development only: every message sent, newest first, so the whole flow can be clicked through. */
export function MailboxPage({ lang, mails }: { lang: Language; mails: Mail[] }) {
  const t = messages[lang].staff.mailbox;
  return (
    <Layout lang={lang} title={t.title} path="/dev/mailbox">
      <h1>{t.title}</h1>
      <p>
        {t.intro} {t.json} <a href="/dev/mailbox.json">/dev/mailbox.json</a>.
      </p>
      {mails.length === 0 ? (
        <p>
          {t.empty} <a href={`/apply?lang=${lang}`}>{t.apply}</a>
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.sent}</th>
              <th scope="col">{t.to}</th>
              <th scope="col">{t.subject}</th>
            </tr>
          </thead>
          <tbody>
            {mails.map((mail) => (
              <tr>
                <td>{mail.createdAt.toISOString().replace("T", " ").slice(0, 19)}</td>
                <td>{mail.to}</td>
                <td>
                  <a href={`/dev/mailbox/${mail.id}`}>{mail.subject}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

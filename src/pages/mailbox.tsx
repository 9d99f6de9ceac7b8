import type { devMailbox } from "../db/schema";
import { Layout } from "./layout";

type Mail = typeof devMailbox.$inferSelect;

/** Development only: every message sent, newest first, so the whole flow can be clicked through. */
export function MailboxPage({ mails }: { mails: Mail[] }) {
  return (
    <Layout lang="en" title="Dev mailbox" path="/dev/mailbox">
      <h1>Dev mailbox</h1>
      <p>
        Every message the app sent, newest first. Open one to see it as the recipient would, and follow its links. As
        JSON: <a href="/dev/mailbox.json">/dev/mailbox.json</a>.
      </p>
      {mails.length === 0 ? (
        <p>
          No messages yet. Send an application from the <a href="/apply">form</a>.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Sent</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
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

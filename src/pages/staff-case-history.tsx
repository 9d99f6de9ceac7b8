import type { Language } from "../db/schema";
import { labelOf, messages } from "../lib/i18n";
import type { CaseEvent, CaseNotification } from "../presenters/case-history";
import { Moment, Table } from "./staff-parts";

/** The staff case page's history: every event and every message, with who they name. */

/** "family: Maria Ortega", "reviewer: Alex Rivera", "organization: …": a person by role and name. */
function personLabel(lang: Language, person: { role: string; name: string }) {
  const t = messages[lang].staff.case;
  const roles: Record<string, string> = { ...t.contacts.roles, ...t.messages.recipientKinds };
  return t.messages.recipientKind(labelOf(roles, person.role), person.name);
}

export function Timeline({ lang, events }: { lang: Language; events: CaseEvent[] }) {
  const t = messages[lang].staff.case.timeline;
  return (
    <>
      <h2>{t.title}</h2>
      <Table
        id="timeline"
        caption={t.caption}
        rows={events}
        columns={[
          { header: t.time, cell: (e) => <Moment lang={lang} iso={e.at} /> },
          { header: t.event, rowHeader: true, cell: (e) => labelOf(t.events, e.type) },
          { header: t.by, cell: (e) => e.actor.replaceAll("_", " ") },
          { header: t.who, cell: (e) => (e.person ? personLabel(lang, e.person) : "") },
          {
            header: t.details,
            cell: (e) =>
              Object.entries(e.data ?? {})
                .map(([key, value]) => `${key}: ${value}`)
                .join("; "),
          },
        ]}
      />
    </>
  );
}

export function Notifications({ lang, notifications }: { lang: Language; notifications: CaseNotification[] }) {
  const t = messages[lang].staff.case.messages;
  return (
    <>
      <h2>{t.title}</h2>
      <Table
        id="notifications"
        caption={t.caption}
        empty={t.empty}
        rows={notifications}
        columns={[
          { header: t.template, rowHeader: true, cell: (n) => labelOf(t.templates, n.template) },
          { header: t.channel, cell: (n) => labelOf(t.channels, n.channel) },
          { header: t.recipient, cell: (n) => personLabel(lang, n.recipient) },
          { header: t.status, cell: (n) => labelOf(t.statuses, n.status) },
          { header: t.created, cell: (n) => <Moment lang={lang} iso={n.createdAt} /> },
          { header: t.sent, cell: (n) => <Moment lang={lang} iso={n.sentAt} /> },
        ]}
      />
    </>
  );
}

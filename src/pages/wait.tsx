import type { Backlog } from "../db/queries/backlog";
import type { Language } from "../db/schema";
import { messages } from "../lib/i18n";

const DAYS_PER_MONTH = 365 / 12;

/**
 * "Most applications get a first answer within about N months": the median wait, rounded up to
 * whole weeks under six weeks and to whole months above, so that more than half of the applications
 * were indeed answered within the time named. Without enough data, it says so.
 */
export function expectedWait(lang: Language, backlog: Backlog | undefined): string {
  const t = messages[lang].wait;
  const days = backlog?.medianDaysToFirstDecision;
  if (days === null || days === undefined) return t.notEnoughData;
  if (days < 42) return t.withinWeeks(Math.max(1, Math.ceil(days / 7)));
  return t.withinMonths(Math.ceil(days / DAYS_PER_MONTH));
}

/** An organization's figures as a list of facts, for the landing page. */
export function WaitFacts({ lang, backlog }: { lang: Language; backlog: Backlog | undefined }) {
  const t = messages[lang].wait;
  return (
    <>
      {backlog && (
        <>
          <dt>{t.received}</dt>
          <dd>{backlog.receivedLast12Months.toLocaleString(lang)}</dd>
          <dt>{t.waiting}</dt>
          <dd>{backlog.waitingForFirstDecision.toLocaleString(lang)}</dd>
        </>
      )}
      <dt>{t.time}</dt>
      <dd>{expectedWait(lang, backlog)}</dd>
    </>
  );
}

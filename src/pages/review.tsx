import type { CaseView } from "../db/queries/case-view";
import type { Organization } from "../db/queries/organizations";
import type { DecisionOutcome, Language } from "../db/schema";
import { longDate } from "../lib/dates";
import { messages } from "../lib/i18n";
import type { ActionFormState } from "./action-form";
import { AttachmentList, FullApplication, History, Screening } from "./case-view";
import { DecisionForm } from "./decision-form";
import { Layout } from "./layout";

type ReviewPageProps = {
  lang: Language;
  view: CaseView;
  /** This page's path, without `lang`. */
  path: string;
  /** Where the case's documents download from: `${filesBase}/${attachmentId}`. */
  filesBase: string;
  round: number;
  dueAt: Date | undefined;
  /** The reviewer's own page, when the case was opened from it. */
  home?: string;
} & (
  | { mode: "decide"; action: string; organizations: Organization[]; form: ActionFormState }
  | { mode: "read"; decision: { outcome: DecisionOutcome; decidedAt: Date } }
);

/** A case for its reviewer: to decide, or, once decided, to read again with the decision they made. */
export function ReviewPage(props: ReviewPageProps) {
  const { lang, view, round, dueAt } = props;
  const t = messages[lang].review;
  const cv = messages[lang].caseView;
  return (
    <Layout lang={lang} title={t.title} path={props.path}>
      {props.home && (
        <p>
          <a href={`${props.home}?lang=${lang}`}>{t.backToYourPage}</a>
        </p>
      )}
      <h1>{`${t.title} — ${view.case.reference}`}</h1>
      <p>{props.mode === "decide" ? t.intro : t.readOnlyIntro}</p>
      <div class="panel">
        <dl class="facts">
          <dt>{cv.organization}</dt>
          <dd>{view.organization.name}</dd>
          <dt>{cv.round}</dt>
          <dd>{round}</dd>
          {props.mode === "decide" && dueAt && (
            <>
              <dt>{cv.due}</dt>
              <dd>{longDate(lang, dueAt)}</dd>
            </>
          )}
          {props.mode === "read" && (
            <>
              <dt>{t.yourDecision}</dt>
              <dd>{`${t.outcomeNames[props.decision.outcome]} — ${longDate(lang, props.decision.decidedAt)}`}</dd>
            </>
          )}
        </dl>
      </div>
      <Screening lang={lang} view={view} />
      <History lang={lang} view={view} />
      <FullApplication lang={lang} view={view} />
      <AttachmentList lang={lang} view={view} filesBase={props.filesBase} />
      {props.mode === "decide" && (
        <DecisionForm
          lang={lang}
          view={view}
          action={props.action}
          organizations={props.organizations}
          form={props.form}
        />
      )}
    </Layout>
  );
}

import type { CaseView } from "../db/queries/case-view";
import type { Language } from "../db/schema";
import { messages } from "../lib/i18n";
import type { Application } from "../schemas/application";

type Row = [label: string, value: string | undefined];

/** Label and value pairs, those with no value left out. */
export function Facts({ rows }: { rows: Row[] }) {
  const shown = rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== "");
  return (
    <dl class="facts">
      {shown.map(([label, value]) => (
        <>
          <dt>{label}</dt>
          <dd class="prewrap">{value}</dd>
        </>
      ))}
    </dl>
  );
}

export const yesNo = (lang: Language, value: boolean | undefined) =>
  value === undefined ? undefined : value ? messages[lang].caseView.yes : messages[lang].caseView.no;

/** What the application says of the person it is about, after their name, as the reviewer and staff see it. */
export function applicantRows(lang: Language, { applicant }: Application): Row[] {
  const f = messages[lang].apply.fields;
  return [
    [f["applicant.otherNames"], applicant.otherNames],
    [f["applicant.dateOfBirth"], applicant.dateOfBirth],
    [f["applicant.prisonNumber"], applicant.prisonNumber],
    [f["applicant.facility"], applicant.facility],
    [f["applicant.postalAddress"], applicant.postalAddress],
    [f["applicant.inCustody"], yesNo(lang, applicant.inCustody)],
    [f["applicant.expectedReleaseDate"], applicant.expectedReleaseDate],
  ];
}

/** The case's number, whether a lawyer acts now, and co-defendants. */
export function caseRows(lang: Language, { conviction, claim }: Application): Row[] {
  const f = messages[lang].apply.fields;
  return [
    [f["conviction.caseNumber"], conviction.caseNumber],
    [f["conviction.currentlyRepresented"], yesNo(lang, conviction.currentlyRepresented)],
    [f["claim.coDefendants"], claim.coDefendants],
  ];
}

/** The conviction and the claim: what an expert may see, with no names and no contact data. */
export function RedactedApplication({ lang, application }: { lang: Language; application: Application }) {
  const f = messages[lang].apply.fields;
  const c = messages[lang].apply.choices;
  const t = messages[lang].consult;
  const { conviction, claim } = application;
  return (
    <>
      <h2>{t.conviction}</h2>
      <Facts
        rows={[
          [f["conviction.jurisdiction"], conviction.jurisdiction],
          [f["conviction.court"], conviction.court],
          [f["conviction.offenses"], conviction.offenses],
          [f["conviction.convictionDate"], conviction.convictionDate],
          [f["conviction.sentence"], conviction.sentence],
          [f["conviction.trialOrPlea"], conviction.trialOrPlea && c.trialOrPlea[conviction.trialOrPlea]],
          [f["conviction.appealStatus"], conviction.appealStatus && c.appealStatus[conviction.appealStatus]],
        ]}
      />
      <h2>{t.claim}</h2>
      <Facts
        rows={[
          [f["claim.innocenceStatementOther"], claim.innocenceStatement],
          [f["claim.evidenceTypes"], claim.evidenceTypes?.map((e) => c.evidenceTypes[e]).join(", ")],
          [f["claim.biologicalEvidence"], claim.biologicalEvidence && c[claim.biologicalEvidence]],
          [f["claim.evidenceLocation"], claim.evidenceLocation],
          [f["claim.newEvidence"], claim.newEvidence],
        ]}
      />
    </>
  );
}

/** The whole application, for the reviewer and the referral partner. */
export function FullApplication({ lang, view }: { lang: Language; view: CaseView }) {
  const f = messages[lang].apply.fields;
  const t = messages[lang].caseView;
  const application = view.case.application;
  const { submitter, applicant, claim } = application;
  return (
    <>
      <h2>{t.application}</h2>
      <Facts
        rows={[
          [t.submittedBy, `${submitter.name} (${t.roles[submitter.role]})`],
          [f["submitter.email"], submitter.email],
          [f["submitter.phone"], submitter.phone],
          [f["submitter.postalAddress"], submitter.postalAddress],
          [f["submitter.relationship"], submitter.relationship],
          [f["applicant.nameOther"], applicant.name],
          ...applicantRows(lang, application),
          ...caseRows(lang, application),
        ]}
      />
      <RedactedApplication lang={lang} application={application} />
      <Facts rows={[[f["claim.evidenceCustodian"], custodianOf(lang, claim.evidenceCustodian)]]} />
      {application.lawyers.length > 0 && (
        <>
          <h2>{t.lawyers}</h2>
          <ul>
            {application.lawyers.map((l) => (
              <li>{[f[`lawyers.${l.role}`], l.name, l.email, l.phone].filter(Boolean).join(" · ")}</li>
            ))}
          </ul>
        </>
      )}
      {application.contacts.length > 0 && (
        <>
          <h2>{t.contacts}</h2>
          <ul>
            {application.contacts.map((p) => (
              <li>{[p.name, p.relationship, p.email].filter(Boolean).join(" · ")}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** Who keeps the evidence, as the application names them: kind, name and address on lines of their own. */
function custodianOf(lang: Language, custodian: Application["claim"]["evidenceCustodian"]) {
  if (!custodian) return undefined;
  const kind = custodian.kind && messages[lang].apply.choices.custodianKind[custodian.kind];
  return [kind, custodian.name, custodian.postalAddress].filter(Boolean).join("\n");
}

/** The case's documents, each downloaded from `${filesBase}/${id}`. */
export function AttachmentList({ lang, view, filesBase }: { lang: Language; view: CaseView; filesBase: string }) {
  const t = messages[lang].caseView;
  return (
    <>
      <h2>{t.attachments}</h2>
      {view.attachments.length === 0 ? (
        <p>{t.noAttachments}</p>
      ) : (
        <ul>
          {view.attachments.map((file) => (
            <li>
              <a href={`${filesBase}/${encodeURIComponent(file.id)}`} download={file.fileName}>
                {file.fileName}
              </a>{" "}
              <span class="tag">{`(${file.contentType}, ${Math.max(1, Math.round(file.size / 1024))} KB)`}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function Screening({ lang, view }: { lang: Language; view: CaseView }) {
  const t = messages[lang].caseView;
  if (!view.screening) return null;
  // Each criterion's question in the reader's language when the organization gave one.
  const questions = new Map((view.criteria?.criteria ?? []).map((c) => [c.id, c.questions?.[lang] ?? c.question]));
  return (
    <>
      <h2>{t.screening}</h2>
      {view.criteria && <p class="hint">{t.screeningVersion(view.criteria.version)}</p>}
      <ul>
        {view.screening.results.map((r) => (
          <li>
            {questions.get(r.id) ?? r.id} — <strong>{t.screeningResult[r.result]}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

/** Earlier decisions, answers and opinions, so a reviewer sees what came back. */
export function History({ lang, view }: { lang: Language; view: CaseView }) {
  const t = messages[lang].caseView;
  const names = messages[lang].review.outcomeNames;
  if (view.decisions.length === 0 && view.responses.length === 0) return null;
  return (
    <>
      <h2>{t.history}</h2>
      {view.decisions.map((d) => (
        <section class="panel">
          <h3>{t.decision(d.round, names[d.outcome])}</h3>
          {d.questions && <p class="prewrap">{d.questions}</p>}
          {d.note && <p class="prewrap hint">{d.note}</p>}
          {view.responses
            .filter((r) => r.round === d.round && r.kind !== "referral")
            .map((r) => (
              <>
                <h4>{r.kind === "answer" ? t.answer : t.opinion}</h4>
                <p class="prewrap">{r.body}</p>
              </>
            ))}
          {lapsedRequest(view, d) && <p class="hint">{t.noAnswer}</p>}
        </section>
      ))}
    </>
  );
}

/** Whether `decision` asked the applicant side or an expert, and the deadline passed with no answer. */
function lapsedRequest(view: CaseView, decision: CaseView["decisions"][number]): boolean {
  const kind =
    decision.outcome === "request_info" ? "respond" : decision.outcome === "consult_expert" ? "consult" : undefined;
  return view.lapsed.some((request) => request.round === decision.round && request.kind === kind);
}

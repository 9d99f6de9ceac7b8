import type { Child } from "hono/jsx";
import type { Paper } from "../cases/letters";
import type { Organization } from "../db/queries/organizations";
import { type Language, languages, submitterRoles } from "../db/schema";
import { languageNameIn, messages } from "../lib/i18n";
import { appealStatuses, biologicalEvidenceValues, evidenceTypes, trialOrPleaValues } from "../schemas/application";
import { Layout } from "./layout";
import { Lines, StaffLayout, type StaffLocale, staffHref } from "./staff-parts";

/**
 * The application form on paper, blank, for people who write in without it: the same questions in
 * the same order as the staff form it is typed into (/staff/cases/new), in the reader's language,
 * with the organization's return address.
 */

export function QuestionnaireChoicePage({
  locale,
  organizations,
  error,
}: {
  locale: StaffLocale;
  organizations: Pick<Organization, "slug" | "name">[];
  error?: string;
}) {
  const staff = messages[locale.lang].staff;
  const t = staff.questionnaire;
  return (
    <StaffLayout locale={locale} title={t.title} path="/staff/questionnaire">
      <h1>{t.title}</h1>
      <p>
        {t.intro} <a href={staffHref(locale, "/staff/cases/new")}>{staff.nav.newCase}</a>
      </p>
      <form method="get" action="/staff/questionnaire" class="panel" aria-labelledby="questionnaire-title">
        {locale.chosen && <input type="hidden" name="lang" value={locale.lang} />}
        <h2 id="questionnaire-title">{t.which}</h2>
        {error && (
          <p class="error-message" id="questionnaire-error">
            {error}
          </p>
        )}
        <div class="field">
          <label for="f-organization">{t.organization}</label>
          <select
            id="f-organization"
            name="organization"
            aria-invalid={error ? "true" : undefined}
            aria-describedby={error ? "questionnaire-error" : undefined}
          >
            {organizations.map((o) => (
              <option value={o.slug}>{o.name}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-language">{t.language}</label>
          <select id="f-language" name="language">
            {languages.map((code) => (
              <option value={code}>{messages[code].languageName}</option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-paper">{staff.letters.paper}</label>
          <select id="f-paper" name="paper">
            <option value="">{staff.letters.paperOwn}</option>
            <option value="a4">{staff.letters.paperA4}</option>
            <option value="letter">{staff.letters.paperLetter}</option>
          </select>
        </div>
        <button class="button" type="submit">
          {t.show}
        </button>
      </form>
    </StaffLayout>
  );
}

export function QuestionnairePage({
  locale,
  organization,
  lang,
  paper,
}: {
  /** The staff member's: the words around the sheet, which is in `lang`. */
  locale: StaffLocale;
  organization: Pick<Organization, "name" | "postalAddress">;
  lang: Language;
  paper: Paper;
}) {
  const t = messages[lang];
  const staffWords = messages[locale.lang].staff.questionnaire;
  const q = t.questionnaire;
  const f = t.apply.fields;
  const c = t.apply.choices;
  const s = t.apply.sections;
  const returnAddress = (
    <p class="letter-text">
      <strong>{q.returnTo}</strong>
      <br />
      {organization.name}
      <Lines text={organization.postalAddress ?? ""} />
    </p>
  );
  return (
    <Layout lang={locale.lang} title={staffWords.pageTitle(organization.name)}>
      <div class="no-print">
        <h1>{staffWords.heading(organization.name, languageNameIn(locale.lang, lang))}</h1>
        {!organization.postalAddress && <p class="error-message">{staffWords.noAddress}</p>}
        <p>
          {staffWords.print} <a href={staffHref(locale, "/staff/questionnaire")}>{staffWords.another}</a>
        </p>
      </div>
      <article class={`sheet questionnaire paper-${paper}`} lang={lang} aria-labelledby="questionnaire-title">
        <header class="letterhead">
          <p>
            <strong>{organization.name}</strong>
            <Lines text={organization.postalAddress ?? ""} />
          </p>
        </header>
        <h2 id="questionnaire-title">{q.title}</h2>
        <p class="letter-text">{q.intro(organization.name)}</p>
        {returnAddress}
        <Blank label={q.officeUse} />

        <Part title={q.who}>
          <Ticks choices={submitterRoles.map((role) => t.apply.roles[role])} />
        </Part>

        <Part title={s.applicantOther} note={q.applicantNote}>
          <Blank label={f["applicant.nameOther"]} />
          <Blank label={f["applicant.otherNames"]} />
          <Blank label={f["applicant.dateOfBirth"]} />
          <Blank label={f["applicant.prisonNumber"]} />
          <Blank label={f["applicant.facility"]} />
          <Blank label={f["applicant.postalAddress"]} lines={3} />
          <Choice label={f["applicant.inCustody"]} choices={[c.yes, c.no]} />
          <Blank label={f["applicant.expectedReleaseDate"]} />
        </Part>

        <Part title={s.submitterOther} note={q.submitterNote}>
          <Blank label={f["submitter.name"]} />
          <Blank label={f["submitter.relationship"]} />
          <Blank label={f["submitter.postalAddress"]} lines={3} />
          <Blank label={f["submitter.email"]} />
          <Blank label={f["submitter.phone"]} />
        </Part>

        <Part title={s.conviction}>
          <Blank label={f["conviction.jurisdiction"]} />
          <Blank label={f["conviction.offenses"]} lines={2} />
          <Blank label={f["conviction.court"]} />
          <Blank label={f["conviction.caseNumber"]} />
          <Blank label={f["conviction.convictionDate"]} />
          <Blank label={f["conviction.sentence"]} />
          <Choice label={f["conviction.trialOrPlea"]} choices={trialOrPleaValues.map((v) => c.trialOrPlea[v])} />
          <Choice label={f["conviction.appealStatus"]} choices={appealStatuses.map((v) => c.appealStatus[v])} />
          <Choice label={f["conviction.currentlyRepresented"]} choices={[c.yes, c.no]} />
        </Part>

        <Part title={s.claim}>
          <Blank label={q.innocence} lines={12} />
          <Choice
            label={`${f["claim.evidenceTypes"]} ${q.tickAll}`}
            choices={evidenceTypes.map((v) => c.evidenceTypes[v])}
          />
          <Choice label={f["claim.biologicalEvidence"]} choices={biologicalEvidenceValues.map((v) => c[v])} />
          <Blank label={f["claim.evidenceLocation"]} lines={2} />
          <Blank label={f["claim.newEvidence"]} lines={4} />
          <Blank label={f["claim.coDefendants"]} lines={2} />
        </Part>

        <Part title={s.lawyers}>
          {(["trial", "appeal", "current"] as const).map((role) => (
            <div class="q-group">
              <h4>{f[`lawyers.${role}`]}</h4>
              <Blank label={f["lawyers.name"]} />
              <Blank label={`${f["lawyers.email"]} / ${f["lawyers.phone"]}`} />
            </div>
          ))}
        </Part>

        <Part title={s.contacts} note={q.contactsNote}>
          {[1, 2].map((n) => (
            <div class="q-group">
              <h4>{`${f["contacts.person"]} ${n}`}</h4>
              <Blank label={f["contacts.name"]} />
              <Blank label={f["contacts.relationship"]} />
              <Blank label={f["contacts.email"]} />
            </div>
          ))}
        </Part>

        <Part title={s.consent}>
          <Ticks choices={[f["consent.dataProcessing"], f["consent.contactPeopleNamed"]]} />
          <Blank label={q.signature} />
          <Blank label={q.date} />
        </Part>

        <p class="letter-text">{q.documents}</p>
        {returnAddress}
      </article>
    </Layout>
  );
}

function Part({ title, note, children }: { title: string; note?: string; children: Child }) {
  return (
    <section class="q-part">
      <h3>{title}</h3>
      {note && <p class="hint">{note}</p>}
      {children}
    </section>
  );
}

/** A question with room to write the answer by hand: `lines` ruled lines. */
function Blank({ label, lines = 1 }: { label: string; lines?: number }) {
  return (
    <div class="q">
      <p class="q-label">{label}</p>
      {Array.from({ length: lines }, () => (
        <div class="q-line" />
      ))}
    </div>
  );
}

/** A question answered by ticking boxes. */
function Choice({ label, choices }: { label: string; choices: string[] }) {
  return (
    <div class="q">
      <p class="q-label">{label}</p>
      <Ticks choices={choices} />
    </div>
  );
}

function Ticks({ choices }: { choices: string[] }) {
  return (
    <ul class="ticks">
      {choices.map((choice) => (
        <li>
          <span class="box" aria-hidden="true">
            ☐
          </span>{" "}
          {choice}
        </li>
      ))}
    </ul>
  );
}

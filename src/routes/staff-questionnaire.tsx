import { Hono } from "hono";
import { type Paper, paperOf, papers } from "../cases/letters";
import { listOrganizations } from "../db/queries/organizations";
import { languages } from "../db/schema";
import type { StaffEnv } from "../env";
import { messages } from "../lib/i18n";
import { isOneOf } from "../lib/is-one-of";
import { canSeeOrganization, requireStaff } from "../lib/staff-auth";
import { QuestionnaireChoicePage, QuestionnairePage } from "../pages/questionnaire";
import { staffLocale } from "../pages/staff-parts";

/**
 * `/staff/questionnaire`: the blank application form to print and post, for an organization the
 * staff member works for, in the language chosen (`?organization=<slug>&language=<code>`, and
 * `paper=a4|letter` to override the organization's own paper).
 */
export const staffQuestionnaireRoute = new Hono<StaffEnv>();

staffQuestionnaireRoute.use(async function staffPage(c, next) {
  await next();
  c.header("Cache-Control", "no-store");
});
staffQuestionnaireRoute.use(requireStaff);

staffQuestionnaireRoute.get("/", async function showQuestionnaire(c) {
  const organizations = (await listOrganizations(c.var.db)).filter((o) => canSeeOrganization(c.var.staff, o.id));
  const { organization: slug, language, paper } = c.req.query();
  if (slug === undefined && language === undefined)
    return c.html(<QuestionnaireChoicePage locale={staffLocale(c)} organizations={organizations} />);
  const organization = organizations.find((o) => o.slug === slug);
  if (!organization || !isOneOf(languages, language))
    return c.html(
      <QuestionnaireChoicePage
        locale={staffLocale(c)}
        organizations={organizations}
        error={messages[c.var.lang].staff.questionnaire.error}
      />,
      400,
    );
  const chosen: Paper = isOneOf(papers, paper) ? paper : paperOf(organization);
  return c.html(
    <QuestionnairePage locale={staffLocale(c)} organization={organization} lang={language} paper={chosen} />,
  );
});

import { Hono } from "hono";
import { erasePerson, purgeCase } from "../cases/purge";
import type { StaffEnv } from "../env";
import { formText, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { requireStaff } from "../lib/staff-auth";
import { staffLocale } from "../pages/staff-parts";
import { ErasedPage } from "../pages/staff-person";
import { staffCase } from "./api/cases";
import { sameOriginForms } from "./staff";

/**
 * The case page's erasure forms, for a case or every case of its person: the same functions and
 * the same confirmation (the case's reference, typed) as `POST /api/v1/cases/:id/erase` and
 * `…/person/erase`. The exports are links to the API's ZIPs.
 */
export const staffRightsRoute = new Hono<StaffEnv>();

// Only these paths: the case pages beside them have their own (src/routes/staff.tsx).
for (const path of ["/:id/erase", "/:id/person/erase"]) {
  staffRightsRoute.use(path, async function staffPage(c, next) {
    await next();
    c.header("Cache-Control", "no-store");
  });
  staffRightsRoute.use(path, requireStaff);
  staffRightsRoute.use(path, sameOriginForms());
}

async function confirmed(c: StaffContext, reference: string) {
  return formText(await readFormBody(c), "confirm")?.trim() === reference;
}

type StaffContext = Parameters<typeof staffCase>[0];

const words = (c: StaffContext) => messages[c.var.lang].staff.person;

function notConfirmed(c: StaffContext, reference: string) {
  return c.html(
    <ErasedPage locale={staffLocale(c)} title={words(c).notErased} body={words(c).notConfirmed(reference)} />,
    400,
  );
}

staffRightsRoute.post("/:id/erase", async function eraseCaseForm(c) {
  const kase = await staffCase(c, c.req.param("id"));
  if (!(await confirmed(c, kase.case.reference))) return notConfirmed(c, kase.case.reference);
  await purgeCase(c.env, c.var.db, kase.case.id, "erasure", c.var.staff.actor);
  const t = words(c);
  return c.html(
    <ErasedPage locale={staffLocale(c)} title={t.caseErasedTitle} body={t.caseErased(kase.case.reference)} />,
  );
});

staffRightsRoute.post("/:id/person/erase", async function erasePersonForm(c) {
  const kase = await staffCase(c, c.req.param("id"));
  if (!(await confirmed(c, kase.case.reference))) return notConfirmed(c, kase.case.reference);
  const { erased, elsewhere } = await erasePerson(c.env, c.var.db, c.var.staff, kase.case.id);
  const t = words(c);
  const body =
    elsewhere > 0 ? `${t.personErased(erased.length)} ${t.leftElsewhere(elsewhere)}` : t.personErased(erased.length);
  return c.html(<ErasedPage locale={staffLocale(c)} title={t.personErasedTitle} body={body} />);
});

import { Hono } from "hono";
import { erasePerson, purgeCase } from "../cases/purge";
import type { StaffEnv } from "../env";
import { formText, readFormBody } from "../lib/form-body";
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
    c.set("lang", "en");
    await next();
    c.header("Cache-Control", "no-store");
  });
  staffRightsRoute.use(path, requireStaff);
  staffRightsRoute.use(path, sameOriginForms());
}

async function confirmed(c: Parameters<typeof staffCase>[0], reference: string) {
  return formText(await readFormBody(c), "confirm")?.trim() === reference;
}

const notConfirmed = (reference: string) =>
  `Nothing was erased: the reference typed was not ${reference}. Go back and type it exactly to confirm.`;

staffRightsRoute.post("/:id/erase", async function eraseCaseForm(c) {
  const kase = await staffCase(c, c.req.param("id"));
  if (!(await confirmed(c, kase.case.reference)))
    return c.html(
      <ErasedPage locale={staffLocale(c)} title="Not erased" body={notConfirmed(kase.case.reference)} />,
      400,
    );
  await purgeCase(c.env, c.var.db, kase.case.id, "erasure", c.var.staff.actor);
  return c.html(
    <ErasedPage
      locale={staffLocale(c)}
      title="Case erased"
      body={`Case ${kase.case.reference} and everything about it was erased.`}
    />,
  );
});

staffRightsRoute.post("/:id/person/erase", async function erasePersonForm(c) {
  const kase = await staffCase(c, c.req.param("id"));
  if (!(await confirmed(c, kase.case.reference)))
    return c.html(
      <ErasedPage locale={staffLocale(c)} title="Not erased" body={notConfirmed(kase.case.reference)} />,
      400,
    );
  const { erased, elsewhere } = await erasePerson(c.env, c.var.db, c.var.staff, kase.case.id);
  const left =
    elsewhere > 0
      ? ` ${elsewhere} with other organizations ${elsewhere === 1 ? "is" : "are"} left for their staff.`
      : "";
  return c.html(
    <ErasedPage
      locale={staffLocale(c)}
      title="Person's cases erased"
      body={`${erased.length} ${erased.length === 1 ? "case" : "cases"} of this person ${erased.length === 1 ? "was" : "were"} erased.${left}`}
    />,
  );
});

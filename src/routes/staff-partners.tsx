import { type Context, Hono } from "hono";
import { listOrganizations } from "../db/queries/organizations";
import { organizationPartners } from "../db/queries/partners";
import type { StaffEnv } from "../env";
import { formText, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { canSeeOrganization, requireStaff } from "../lib/staff-auth";
import type { ActionFormState } from "../pages/action-form";
import { PartnersPage } from "../pages/partners";
import { staffHref, staffLocale } from "../pages/staff-parts";
import { newPartnerSchema } from "../schemas/partner";
import { addPartner, changePartner } from "./api/partners";
import { sameOriginForms } from "./staff";

/** The staff page for referral partners: the same changes as `/api/v1/organizations/:slug/partners`. */
export const staffPartnersRoute = new Hono<StaffEnv>();

staffPartnersRoute.use(requireStaff);
staffPartnersRoute.use(async function noStore(c, next) {
  await next();
  c.header("Cache-Control", "no-store");
});
staffPartnersRoute.use(sameOriginForms());

async function page(c: Context<StaffEnv>, form: ActionFormState, status: 200 | 400 = 200) {
  const visible = (await listOrganizations(c.var.db)).filter((o) => canSeeOrganization(c.var.staff, o.id));
  const organizations = await Promise.all(
    visible.map(async (o) => ({ slug: o.slug, name: o.name, partners: await organizationPartners(c.var.db, o.id) })),
  );
  const done = c.req.query("done");
  return c.html(
    <PartnersPage
      locale={staffLocale(c)}
      organizations={organizations}
      form={form}
      done={done === "added" || done === "changed" ? done : undefined}
    />,
    status,
  );
}

staffPartnersRoute.get("/", async function listPartners(c) {
  return page(c, { values: new Map(), errors: new Map() });
});

staffPartnersRoute.post("/", async function addOne(c) {
  const body = await readFormBody(c);
  const values = new Map(
    ["organization", "name", "email", "language"].map((name) => [name, [formText(body, name) ?? ""]]),
  );
  const first = (name: string) => values.get(name)?.[0] ?? "";
  const fieldMessages: Record<string, string> = messages[c.var.lang].staff.partners.errors;
  const errors = new Map<string, string>();
  const organization = (await listOrganizations(c.var.db)).find(
    (o) => o.slug === first("organization") && canSeeOrganization(c.var.staff, o.id),
  );
  if (!organization) errors.set("organization", fieldMessages.organization ?? "");
  const parsed = newPartnerSchema.safeParse({
    name: first("name"),
    email: first("email"),
    language: first("language"),
  });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const name = String(issue.path[0]);
      if (!errors.has(name)) errors.set(name, fieldMessages[name] ?? issue.message);
    }
  if (!organization || !parsed.success || errors.size > 0) return page(c, { values, errors }, 400);
  await addPartner(c.var.db, c.var.staff, organization.id, parsed.data);
  return c.redirect(staffHref(staffLocale(c), "/staff/partners?done=added"), 303);
});

staffPartnersRoute.post("/:id/active", async function setActive(c) {
  const active = formText(await readFormBody(c), "active") === "true";
  await changePartner(c.var.db, c.var.staff, c.req.param("id"), { active });
  return c.redirect(staffHref(staffLocale(c), "/staff/partners?done=changed"), 303);
});

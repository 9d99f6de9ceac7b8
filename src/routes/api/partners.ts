import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import * as z from "zod";
import { organizationPartners } from "../../db/queries/partners";
import { organizationEvents, referralPartners } from "../../db/schema";
import { ApiError } from "../../errors";
import { newId } from "../../lib/ids";
import { assertOrganization, type Staff } from "../../lib/staff-auth";
import { partnerShape, presentPartner } from "../../presenters/organization";
import { type NewPartner, newPartnerSchema, type PartnerChanges, partnerChangesSchema } from "../../schemas/partner";
import { staffOrganization } from "./organizations";
import { createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";

const slugParam = z.object({ slug: idParam("slug", "The organization's slug.") });
const idParams = z.object({ id: idParam("id", "The referral partner's id.") });

const listRoute = createRoute({
  method: "get",
  path: "/organizations/{slug}/partners",
  tags: ["Referral partners"],
  summary: "An organization's referral partners",
  description:
    "The pro bono lawyers an accepted case is offered to: the first active one by the workflow, any active one by staff (`POST /cases/{id}/refer`).",
  ...staffOnly,
  request: { params: slugParam },
  responses: { 200: json(z.object({ partners: z.array(partnerShape) }), "The partners."), ...staffErrorResponses },
});

const addRoute = createRoute({
  method: "post",
  path: "/organizations/{slug}/partners",
  tags: ["Referral partners"],
  summary: "Add a referral partner",
  ...staffOnly,
  request: {
    params: slugParam,
    body: { required: true, content: { "application/json": { schema: newPartnerSchema } } },
  },
  responses: { 201: json(partnerShape, "The partner, active at once."), ...staffErrorResponses },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/partners/{id}",
  tags: ["Referral partners"],
  summary: "Change or deactivate a referral partner",
  description: "A deactivated partner is offered no new cases; an offer already open stays until answered or lapsed.",
  ...staffOnly,
  request: {
    params: idParams,
    body: { required: true, content: { "application/json": { schema: partnerChangesSchema } } },
  },
  responses: { 200: json(partnerShape, "The partner as they now are."), ...staffErrorResponses },
});

type Db = Parameters<typeof organizationPartners>[0];

async function onePartner(db: Db, id: string) {
  const partner = await db.query.referralPartners.findFirst({ where: eq(referralPartners.id, id) });
  if (!partner) throw new ApiError("not_found", "No such referral partner.");
  return partner;
}

/** Adds a referral partner to an organization, logged in its configuration history. The staff page uses it too. */
export async function addPartner(db: Db, staff: Staff, organizationId: string, input: NewPartner) {
  const id = newId();
  await db.batch([
    db.insert(referralPartners).values({ ...input, id, organizationId }),
    db.insert(organizationEvents).values({
      organizationId,
      type: "partner_added",
      actor: staff.actor,
      data: { partnerId: id },
    }),
  ]);
  return onePartner(db, id);
}

/** Changes (or deactivates) a partner of an organization the caller is staff of. */
export async function changePartner(db: Db, staff: Staff, id: string, changes: PartnerChanges) {
  const partner = await onePartner(db, id);
  assertOrganization(staff, partner.organizationId);
  const fields = Object.keys(changes);
  if (fields.length > 0) {
    await db.batch([
      db.update(referralPartners).set(changes).where(eq(referralPartners.id, partner.id)),
      db.insert(organizationEvents).values({
        organizationId: partner.organizationId,
        type: changes.active === false ? "partner_deactivated" : "partner_changed",
        actor: staff.actor,
        data: { partnerId: partner.id, fields: fields.join(",") },
      }),
    ]);
  }
  return onePartner(db, partner.id);
}

export const partnersApi = createApiRouter()
  .openapi(listRoute, async function listPartners(c) {
    const organization = await staffOrganization(c.var.db, c.var.staff, c.req.valid("param").slug);
    return c.json({ partners: (await organizationPartners(c.var.db, organization.id)).map(presentPartner) }, 200);
  })
  .openapi(addRoute, async function addOne(c) {
    const organization = await staffOrganization(c.var.db, c.var.staff, c.req.valid("param").slug);
    const partner = await addPartner(c.var.db, c.var.staff, organization.id, c.req.valid("json"));
    return c.json(presentPartner(partner), 201);
  })
  .openapi(updateRoute, async function updateOne(c) {
    const partner = await changePartner(c.var.db, c.var.staff, c.req.valid("param").id, c.req.valid("json"));
    return c.json(presentPartner(partner), 200);
  });

import { createRoute } from "@hono/zod-openapi";
import { asc, eq } from "drizzle-orm";
import * as z from "zod";
import { isUniqueViolation } from "../../db/client";
import { findOrganizationBySlug } from "../../db/queries/organizations";
import { organizations, staff } from "../../db/schema";
import { ApiError } from "../../errors";
import { newId } from "../../lib/ids";
import { assertNetworkStaff } from "../../lib/staff-auth";
import { presentStaffMember, staffMemberShape } from "../../presenters/organization";
import { text } from "../../schemas/text";
import { createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";

const newStaffSchema = z.object({
  identity: text().toLowerCase().min(3).max(320),
  name: text().min(1).max(200),
  organization: z.string().nullable().default(null),
});

const listRoute = createRoute({
  method: "get",
  path: "/",
  tags: ["Staff"],
  summary: "Everyone who may use the staff side (network staff)",
  ...staffOnly,
  responses: { 200: json(z.object({ staff: z.array(staffMemberShape) }), "Staff members."), ...staffErrorResponses },
});

const addRoute = createRoute({
  method: "post",
  path: "/",
  tags: ["Staff"],
  summary: "Let someone in (network staff)",
  ...staffOnly,
  request: { body: { required: true, content: { "application/json": { schema: newStaffSchema } } } },
  responses: {
    201: json(staffMemberShape, "The staff member."),
    ...staffErrorResponses,
    409: { description: "That identity is already staff." },
  },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/{id}",
  tags: ["Staff"],
  summary: "Rename or deactivate a staff member (network staff)",
  ...staffOnly,
  request: {
    params: z.object({ id: idParam("id", "The staff member's id.") }),
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({ name: text().min(1).max(200).optional(), active: z.boolean().optional() }),
        },
      },
    },
  },
  responses: { 200: json(staffMemberShape, "The staff member as they now are."), ...staffErrorResponses },
});

async function listStaff(db: Parameters<typeof findOrganizationBySlug>[0], id?: string) {
  const rows = await db
    .select({ member: staff, organization: organizations.slug })
    .from(staff)
    .leftJoin(organizations, eq(organizations.id, staff.organizationId))
    .where(id ? eq(staff.id, id) : undefined)
    .orderBy(asc(staff.name), asc(staff.id));
  return rows.map(presentStaffMember);
}

async function oneMember(db: Parameters<typeof findOrganizationBySlug>[0], id: string) {
  const [member] = await listStaff(db, id);
  if (!member) throw new ApiError("not_found", "No such staff member.");
  return member;
}

export const staffMembersApi = createApiRouter()
  .openapi(listRoute, async function listStaffMembers(c) {
    assertNetworkStaff(c.var.staff);
    return c.json({ staff: await listStaff(c.var.db) }, 200);
  })
  .openapi(addRoute, async function addStaffMember(c) {
    assertNetworkStaff(c.var.staff);
    const input = c.req.valid("json");
    const organization = input.organization ? await findOrganizationBySlug(c.var.db, input.organization) : null;
    if (input.organization && !organization)
      throw new ApiError("invalid_request", "The request is not valid.", [
        { path: "organization", message: "No such organization." },
      ]);
    const id = newId();
    try {
      await c.var.db
        .insert(staff)
        .values({ id, identity: input.identity, name: input.name, organizationId: organization?.id ?? null });
    } catch (error) {
      if (isUniqueViolation(error, "staff.identity")) throw new ApiError("conflict", "That identity is already staff.");
      throw error;
    }
    return c.json(await oneMember(c.var.db, id), 201);
  })
  .openapi(updateRoute, async function updateStaffMember(c) {
    assertNetworkStaff(c.var.staff);
    const { id } = c.req.valid("param");
    await oneMember(c.var.db, id);
    const changes = c.req.valid("json");
    if (Object.keys(changes).length > 0) await c.var.db.update(staff).set(changes).where(eq(staff.id, id));
    return c.json(await oneMember(c.var.db, id), 200);
  });

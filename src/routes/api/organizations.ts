import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import * as z from "zod";
import { isUniqueViolation } from "../../db/client";
import { backlogs } from "../../db/queries/backlog";
import { findOrganizationBySlug, listOrganizations } from "../../db/queries/organizations";
import { organizationEvents, organizations } from "../../db/schema";
import { ApiError } from "../../errors";
import { newId } from "../../lib/ids";
import { assertNetworkStaff, assertOrganization, type Staff } from "../../lib/staff-auth";
import {
  directoryEntryShape,
  organizationShape,
  presentDirectoryEntry,
  presentOrganization,
} from "../../presenters/organization";
import { organizationSettingsSchema } from "../../schemas/organization";
import { createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";

const slugParam = z.object({ slug: idParam("slug", "The organization's slug, e.g. `demo-pa`.") });

/** The organization named by the path, if the caller is staff of it (or of the network). */
export async function staffOrganization(db: Parameters<typeof findOrganizationBySlug>[0], staff: Staff, slug: string) {
  const organization = await findOrganizationBySlug(db, slug);
  if (!organization) throw new ApiError("not_found", `No organization ${slug}.`);
  assertOrganization(staff, organization.id);
  return organization;
}

const directoryRoute = createRoute({
  method: "get",
  path: "/",
  tags: ["Organizations"],
  summary: "The public directory of member organizations",
  description:
    "Who takes cases from where, and each organization's wait (`backlog`), counted daily from its own records.",
  responses: { 200: json(z.object({ organizations: z.array(directoryEntryShape) }), "Who takes cases from where.") },
});

const readRoute = createRoute({
  method: "get",
  path: "/{slug}",
  tags: ["Organizations"],
  summary: "An organization's settings",
  ...staffOnly,
  request: { params: slugParam },
  responses: { 200: json(organizationShape, "The organization."), ...staffErrorResponses },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/{slug}",
  tags: ["Organizations"],
  summary: "Change an organization's settings",
  description: "Deadlines and quorum apply to reviews started after the change.",
  ...staffOnly,
  request: {
    params: slugParam,
    body: { required: true, content: { "application/json": { schema: organizationSettingsSchema.partial() } } },
  },
  responses: { 200: json(organizationShape, "The organization as it now is."), ...staffErrorResponses },
});

const createOrganizationRoute = createRoute({
  method: "post",
  path: "/",
  tags: ["Organizations"],
  summary: "Add a member organization (network staff)",
  ...staffOnly,
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: organizationSettingsSchema
            .partial()
            .required({ name: true, languages: true, intakeEmail: true, jurisdictions: true })
            .extend({
              slug: z
                .string()
                .regex(/^[a-z0-9][a-z0-9-]{1,48}[a-z0-9]$/, "Use 3 to 50 lowercase letters, digits and dashes."),
            }),
        },
      },
    },
  },
  responses: {
    201: json(organizationShape, "The new organization."),
    ...staffErrorResponses,
    409: { description: "The slug is taken." },
  },
});

export const organizationsApi = createApiRouter()
  .openapi(directoryRoute, async function listDirectory(c) {
    const [all, waits] = await Promise.all([listOrganizations(c.var.db), backlogs(c.var.db)]);
    return c.json({ organizations: all.map((o) => presentDirectoryEntry(o, waits.get(o.id))) }, 200);
  })
  .openapi(readRoute, async function readOrganization(c) {
    const organization = await staffOrganization(c.var.db, c.var.staff, c.req.valid("param").slug);
    return c.json(presentOrganization(organization), 200);
  })
  .openapi(updateRoute, async function updateOrganization(c) {
    const organization = await staffOrganization(c.var.db, c.var.staff, c.req.valid("param").slug);
    const changes = c.req.valid("json");
    const changed = Object.keys(changes);
    if (changed.length > 0) {
      await c.var.db.batch([
        c.var.db.update(organizations).set(changes).where(eq(organizations.id, organization.id)),
        c.var.db.insert(organizationEvents).values({
          organizationId: organization.id,
          type: "settings_changed",
          actor: c.var.staff.actor,
          data: { fields: changed.join(",") },
        }),
      ]);
    }
    const updated = await findOrganizationBySlug(c.var.db, organization.slug);
    if (!updated) throw new ApiError("not_found", "The organization is gone.");
    return c.json(presentOrganization(updated), 200);
  })
  .openapi(createOrganizationRoute, async function createOrganization(c) {
    assertNetworkStaff(c.var.staff);
    const input = c.req.valid("json");
    const id = newId();
    try {
      await c.var.db.batch([
        c.var.db.insert(organizations).values({ ...input, id }),
        c.var.db
          .insert(organizationEvents)
          .values({ organizationId: id, type: "organization_added", actor: c.var.staff.actor }),
      ]);
    } catch (error) {
      if (isUniqueViolation(error, "organizations.slug"))
        throw new ApiError("conflict", `The slug ${input.slug} is taken.`);
      throw error;
    }
    const created = await findOrganizationBySlug(c.var.db, input.slug);
    if (!created) throw new Error("organization not stored");
    return c.json(presentOrganization(created), 201);
  });

import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import * as z from "zod";
import { isUniqueViolation } from "../../db/client";
import { findOrganizationBySlug, listOrganizations, type Organization } from "../../db/queries/organizations";
import { organizationEvents, organizations } from "../../db/schema";
import { ApiError } from "../../errors";
import { newId } from "../../lib/ids";
import { assertNetworkStaff, assertOrganization, type Staff } from "../../lib/staff-auth";
import { text } from "../../schemas/text";
import { createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";
import { languageSchema } from "./schemas";

const jurisdiction = text()
  .toUpperCase()
  .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, "Use an ISO 3166 code such as GB, US-PA or JP-13.");
const days = z.int().min(1).max(365);

const settingsSchema = z.object({
  name: text().min(1).max(200),
  languages: z.array(languageSchema).min(1).openapi({ description: "The first is the language of staff email." }),
  intakeEmail: z.email().openapi({ description: "Where staff alerts and escalations go." }),
  jurisdictions: z
    .array(jurisdiction)
    .min(1)
    .openapi({ example: ["US-PA", "US-DE"] }),
  website: z.url({ protocol: /^https?$/, error: "Use an http or https address." }).nullable(),
  reviewDeadlineDays: days.openapi({ description: "Days a reviewer has before each reminder." }),
  reminders: z.int().min(0).max(10).openapi({ description: "Reminders before the review is reassigned." }),
  quorum: z.int().min(1).max(9).openapi({ description: "Reviewers who must agree on a final outcome." }),
  respondDeadlineDays: days,
  expertDeadlineDays: days,
  referralDeadlineDays: days,
  retentionDays: z
    .object({
      declined: z.int().min(1).max(36_500),
      referred: z.int().min(1).max(36_500),
      closed: z.int().min(1).max(36_500),
      withdrawn: z.int().min(1).max(36_500),
    })
    .openapi({
      description:
        "Days a case is kept after it ended, by how it ended; then the daily purge removes it and everything about it.",
    }),
});

const directoryEntry = z
  .object({
    slug: z.string(),
    name: z.string(),
    jurisdictions: z.array(z.string()),
    languages: z.array(languageSchema),
    website: z.string().nullable(),
  })
  .openapi("DirectoryEntry");

const organizationSchema = settingsSchema
  .extend({ id: z.string(), slug: z.string(), createdAt: z.iso.datetime() })
  .openapi("Organization");

const slugParam = z.object({ slug: idParam("slug", "The organization's slug, e.g. `demo-pa`.") });

function organizationJson(o: Organization) {
  return {
    id: o.id,
    slug: o.slug,
    name: o.name,
    languages: o.languages,
    intakeEmail: o.intakeEmail,
    jurisdictions: o.jurisdictions,
    website: o.website,
    reviewDeadlineDays: o.reviewDeadlineDays,
    reminders: o.reminders,
    quorum: o.quorum,
    respondDeadlineDays: o.respondDeadlineDays,
    expertDeadlineDays: o.expertDeadlineDays,
    referralDeadlineDays: o.referralDeadlineDays,
    retentionDays: o.retentionDays,
    createdAt: o.createdAt.toISOString(),
  };
}

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
  responses: { 200: json(z.object({ organizations: z.array(directoryEntry) }), "Who takes cases from where.") },
});

const readRoute = createRoute({
  method: "get",
  path: "/{slug}",
  tags: ["Organizations"],
  summary: "An organization's settings",
  ...staffOnly,
  request: { params: slugParam },
  responses: { 200: json(organizationSchema, "The organization."), ...staffErrorResponses },
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
    body: { required: true, content: { "application/json": { schema: settingsSchema.partial() } } },
  },
  responses: { 200: json(organizationSchema, "The organization as it now is."), ...staffErrorResponses },
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
          schema: settingsSchema
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
    201: json(organizationSchema, "The new organization."),
    ...staffErrorResponses,
    409: { description: "The slug is taken." },
  },
});

export const organizationsApi = createApiRouter()
  .openapi(directoryRoute, async function listDirectory(c) {
    const all = await listOrganizations(c.var.db);
    return c.json(
      {
        organizations: all.map((o) => ({
          slug: o.slug,
          name: o.name,
          jurisdictions: o.jurisdictions,
          languages: o.languages,
          website: o.website,
        })),
      },
      200,
    );
  })
  .openapi(readRoute, async function readOrganization(c) {
    const organization = await staffOrganization(c.var.db, c.var.staff, c.req.valid("param").slug);
    return c.json(organizationJson(organization), 200);
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
    return c.json(organizationJson(updated), 200);
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
    return c.json(organizationJson(created), 201);
  });

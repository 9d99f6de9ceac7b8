import { createRoute } from "@hono/zod-openapi";
import { desc, eq } from "drizzle-orm";
import * as z from "zod";
import { isUniqueViolation } from "../../db/client";
import { criteriaVersions, organizationEvents } from "../../db/schema";
import { ApiError } from "../../errors";
import { newId } from "../../lib/ids";
import { text } from "../../schemas/text";
import { staffOrganization } from "./organizations";
import { createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";

const criterionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]{1,64}$/, "Use lowercase letters, digits and underscores."),
    question: text().min(1).max(500).openapi({ description: "The question as staff and reviewers see it." }),
    rule: z
      .object({
        field: z
          .string()
          .regex(/^[a-zA-Z]+(\.[a-zA-Z0-9]+)*$/, "A path in the application, such as conviction.appealStatus."),
        op: z.enum(["in", "not_in", "equals", "not_equals"]),
        value: z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]),
      })
      .optional()
      .openapi({
        description: "A check the machine can make from the form; without one, the criterion is asked of the reviewer.",
      }),
    onFail: z.enum(["decline", "route", "flag"]).openapi({
      description: "What failing it means. Screening never declines by itself: failures are flagged for the reviewer.",
    }),
  })
  .openapi("Criterion");

const versionSchema = z
  .object({ version: z.int(), criteria: z.array(criterionSchema), createdAt: z.iso.datetime() })
  .openapi("CriteriaVersion");

const slugParam = z.object({ slug: idParam("slug", "The organization's slug.") });

const listRoute = createRoute({
  method: "get",
  path: "/{slug}/criteria",
  tags: ["Eligibility criteria"],
  summary: "Every version of an organization's eligibility criteria, newest (current) first",
  ...staffOnly,
  request: { params: slugParam },
  responses: { 200: json(z.object({ versions: z.array(versionSchema) }), "The versions."), ...staffErrorResponses },
});

const addRoute = createRoute({
  method: "post",
  path: "/{slug}/criteria",
  tags: ["Eligibility criteria"],
  summary: "Publish a new version of the criteria",
  description:
    "New cases are screened against it. Earlier versions are never changed: each case keeps the version it was screened against.",
  ...staffOnly,
  request: {
    params: slugParam,
    body: {
      required: true,
      content: { "application/json": { schema: z.object({ criteria: z.array(criterionSchema).max(50) }) } },
    },
  },
  responses: { 201: json(versionSchema, "The new current version."), ...staffErrorResponses },
});

export const criteriaApi = createApiRouter()
  .openapi(listRoute, async function listCriteria(c) {
    const organization = await staffOrganization(c.var.db, c.var.staff, c.req.valid("param").slug);
    const versions = await c.var.db.query.criteriaVersions.findMany({
      where: eq(criteriaVersions.organizationId, organization.id),
      orderBy: desc(criteriaVersions.version),
    });
    return c.json(
      {
        versions: versions.map((v) => ({
          version: v.version,
          criteria: v.criteria,
          createdAt: v.createdAt.toISOString(),
        })),
      },
      200,
    );
  })
  .openapi(addRoute, async function publishCriteria(c) {
    const { db } = c.var;
    const organization = await staffOrganization(db, c.var.staff, c.req.valid("param").slug);
    const { criteria } = c.req.valid("json");
    const ids = criteria.map((criterion) => criterion.id);
    if (new Set(ids).size !== ids.length) {
      throw new ApiError("invalid_request", "Each criterion needs its own id.", [
        { path: "criteria", message: "Two criteria share an id." },
      ]);
    }
    // Two staff publishing at once both read the same latest version; the unique index turns the
    // loser away, and it simply takes the next number.
    for (let attempt = 0; ; attempt++) {
      const latest = await db.query.criteriaVersions.findFirst({
        where: eq(criteriaVersions.organizationId, organization.id),
        orderBy: desc(criteriaVersions.version),
      });
      const version = (latest?.version ?? 0) + 1;
      try {
        const id = newId();
        await db.batch([
          db.insert(criteriaVersions).values({ id, organizationId: organization.id, version, criteria }),
          db.insert(organizationEvents).values({
            organizationId: organization.id,
            type: "criteria_published",
            actor: c.var.staff.actor,
            data: { version },
          }),
        ]);
        const created = await db.query.criteriaVersions.findFirst({ where: eq(criteriaVersions.id, id) });
        if (!created) throw new Error("criteria version not stored");
        return c.json({ version, criteria, createdAt: created.createdAt.toISOString() }, 201);
      } catch (error) {
        if (attempt < 3 && isUniqueViolation(error, "criteria_versions")) continue;
        throw error;
      }
    }
  });

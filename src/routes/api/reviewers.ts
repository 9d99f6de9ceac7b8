import { createRoute } from "@hono/zod-openapi";
import { asc, eq, type SQL } from "drizzle-orm";
import * as z from "zod";
import { reviewerLoad } from "../../db/queries/assignments";
import { organizationEvents, reviewers } from "../../db/schema";
import { ApiError } from "../../errors";
import { newId } from "../../lib/ids";
import { revokeReviewerLinks } from "../../lib/own-page-links";
import { assertOrganization } from "../../lib/staff-auth";
import { presentReviewer, reviewerShape } from "../../presenters/organization";
import { languageSchema } from "../../schemas/organization";
import { text } from "../../schemas/text";
import { staffOrganization } from "./organizations";
import { createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";

const reviewerFields = {
  name: text().min(1).max(200),
  email: z.email(),
  language: languageSchema.openapi({ description: "The language of the emails they get." }),
};
const newReviewerSchema = z.object({ ...reviewerFields, language: reviewerFields.language.default("en") });
/** Only what is sent changes: no defaults here. */
const reviewerChangesSchema = z.object(reviewerFields).partial().extend({ active: z.boolean().optional() });

const slugParam = z.object({ slug: idParam("slug", "The organization's slug.") });
const idParams = z.object({ id: idParam("id", "The reviewer's id.") });

const listRoute = createRoute({
  method: "get",
  path: "/organizations/{slug}/reviewers",
  tags: ["Reviewers"],
  summary: "An organization's reviewers with their current load",
  ...staffOnly,
  request: { params: slugParam },
  responses: { 200: json(z.object({ reviewers: z.array(reviewerShape) }), "The reviewers."), ...staffErrorResponses },
});

const addRoute = createRoute({
  method: "post",
  path: "/organizations/{slug}/reviewers",
  tags: ["Reviewers"],
  summary: "Add a reviewer",
  ...staffOnly,
  request: {
    params: slugParam,
    body: { required: true, content: { "application/json": { schema: newReviewerSchema } } },
  },
  responses: { 201: json(reviewerShape, "The reviewer, active at once."), ...staffErrorResponses },
});

const updateRoute = createRoute({
  method: "patch",
  path: "/reviewers/{id}",
  tags: ["Reviewers"],
  summary: "Change or deactivate a reviewer",
  description:
    "A deactivated reviewer gets no new cases. Reviews already open with them stay until decided, or are reassigned when their reminders run out (or by staff).",
  ...staffOnly,
  request: {
    params: idParams,
    body: {
      required: true,
      content: {
        "application/json": { schema: reviewerChangesSchema },
      },
    },
  },
  responses: { 200: json(reviewerShape, "The reviewer as they now are."), ...staffErrorResponses },
});

const revokeLinkRoute = createRoute({
  method: "post",
  path: "/reviewers/{id}/revoke-link",
  tags: ["Reviewers"],
  summary: "Turn off the links to a reviewer's own page",
  description:
    "Every link to the reviewer's page (`/reviewer/:token`) stops working at once, answering 410. Their emailed review links are not affected; the next review email carries a new page link, and they can ask for one at `/reviewer`.",
  ...staffOnly,
  request: { params: idParams },
  responses: {
    200: json(
      z.object({
        reviewerId: z.string(),
        revoked: z.int().openapi({ description: "How many live links were turned off." }),
      }),
      "The links are off.",
    ),
    ...staffErrorResponses,
  },
});

async function reviewersWithLoad(db: Parameters<typeof staffOrganization>[0], where: SQL) {
  const rows = await db
    .select({ reviewer: reviewers, load: reviewerLoad })
    .from(reviewers)
    .where(where)
    .orderBy(asc(reviewers.name), asc(reviewers.id));
  return rows.map(presentReviewer);
}

async function oneReviewer(db: Parameters<typeof staffOrganization>[0], id: string) {
  const [reviewer] = await reviewersWithLoad(db, eq(reviewers.id, id));
  if (!reviewer) throw new ApiError("not_found", "No such reviewer.");
  return reviewer;
}

export const reviewersApi = createApiRouter()
  .openapi(listRoute, async function listReviewers(c) {
    const organization = await staffOrganization(c.var.db, c.var.staff, c.req.valid("param").slug);
    return c.json({ reviewers: await reviewersWithLoad(c.var.db, eq(reviewers.organizationId, organization.id)) }, 200);
  })
  .openapi(addRoute, async function addReviewer(c) {
    const { db } = c.var;
    const organization = await staffOrganization(db, c.var.staff, c.req.valid("param").slug);
    const id = newId();
    await db.batch([
      db.insert(reviewers).values({ ...c.req.valid("json"), id, organizationId: organization.id }),
      db.insert(organizationEvents).values({
        organizationId: organization.id,
        type: "reviewer_added",
        actor: c.var.staff.actor,
        data: { reviewerId: id },
      }),
    ]);
    return c.json(await oneReviewer(db, id), 201);
  })
  .openapi(updateRoute, async function updateReviewer(c) {
    const { db } = c.var;
    const { id } = c.req.valid("param");
    const reviewer = await db.query.reviewers.findFirst({ where: eq(reviewers.id, id) });
    if (!reviewer) throw new ApiError("not_found", "No such reviewer.");
    assertOrganization(c.var.staff, reviewer.organizationId);
    const changes = c.req.valid("json");
    const fields = Object.keys(changes);
    if (fields.length > 0) {
      await db.batch([
        db.update(reviewers).set(changes).where(eq(reviewers.id, id)),
        db.insert(organizationEvents).values({
          organizationId: reviewer.organizationId,
          type: changes.active === false ? "reviewer_deactivated" : "reviewer_changed",
          actor: c.var.staff.actor,
          data: { reviewerId: id, fields: fields.join(",") },
        }),
      ]);
    }
    return c.json(await oneReviewer(db, id), 200);
  })
  .openapi(revokeLinkRoute, async function revokeReviewerLink(c) {
    const { db } = c.var;
    const { id } = c.req.valid("param");
    const reviewer = await db.query.reviewers.findFirst({ where: eq(reviewers.id, id) });
    if (!reviewer) throw new ApiError("not_found", "No such reviewer.");
    assertOrganization(c.var.staff, reviewer.organizationId);
    const revoked = await revokeReviewerLinks(db, reviewer, c.var.staff.actor);
    return c.json({ reviewerId: id, revoked }, 200);
  });

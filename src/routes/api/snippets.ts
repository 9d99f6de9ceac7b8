import { createRoute } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import * as z from "zod";
import { findSnippet, organizationSnippets } from "../../db/queries/snippets";
import { organizationEvents, snippets } from "../../db/schema";
import { ApiError } from "../../errors";
import { newId } from "../../lib/ids";
import { presentSnippet, snippetShape } from "../../presenters/desk";
import { snippetChangesSchema, snippetSchema } from "../../schemas/snippet";
import { staffOrganization } from "./organizations";
import { createApiRouter, idParam, json, staffErrorResponses, staffOnly } from "./router";

const slugParam = z.object({ slug: idParam("slug", "The organization's slug.") });
const snippetParams = slugParam.extend({ snippetId: idParam("snippetId", "The snippet's id.") });
const body = <T extends z.ZodType>(schema: T) => ({ required: true, content: { "application/json": { schema } } });

const listRoute = createRoute({
  method: "get",
  path: "/{slug}/snippets",
  tags: ["Snippets"],
  summary: "An organization's snippets",
  description:
    "Texts staff write again and again (“please send your trial transcript”), to start a message from on the case page.",
  ...staffOnly,
  request: { params: slugParam },
  responses: { 200: json(z.object({ snippets: z.array(snippetShape) }), "The snippets."), ...staffErrorResponses },
});

const addRoute = createRoute({
  method: "post",
  path: "/{slug}/snippets",
  tags: ["Snippets"],
  summary: "Add a snippet",
  ...staffOnly,
  request: { params: slugParam, body: body(snippetSchema) },
  responses: { 201: json(snippetShape, "The snippet."), ...staffErrorResponses },
});

const changeRoute = createRoute({
  method: "patch",
  path: "/{slug}/snippets/{snippetId}",
  tags: ["Snippets"],
  summary: "Change a snippet",
  ...staffOnly,
  request: { params: snippetParams, body: body(snippetChangesSchema) },
  responses: { 200: json(snippetShape, "The snippet as it now is."), ...staffErrorResponses },
});

const removeRoute = createRoute({
  method: "delete",
  path: "/{slug}/snippets/{snippetId}",
  tags: ["Snippets"],
  summary: "Remove a snippet",
  description: "Messages written from it are kept: they hold their own text.",
  ...staffOnly,
  request: { params: snippetParams },
  responses: { 204: { description: "Removed." }, ...staffErrorResponses },
});

type Db = Parameters<typeof organizationSnippets>[0];

async function oneSnippet(db: Db, organizationId: string, id: string) {
  const snippet = await findSnippet(db, organizationId, id);
  if (!snippet) throw new ApiError("not_found", "No such snippet.");
  return snippet;
}

const logged = (organizationId: string, actor: string, type: string, snippetId: string) => ({
  organizationId,
  actor,
  type,
  data: { snippetId },
});

export const snippetsApi = createApiRouter()
  .openapi(listRoute, async function listSnippets(c) {
    const organization = await staffOrganization(c.var.db, c.var.staff, c.req.valid("param").slug);
    return c.json({ snippets: (await organizationSnippets(c.var.db, organization.id)).map(presentSnippet) }, 200);
  })
  .openapi(addRoute, async function addSnippet(c) {
    const { db, staff } = c.var;
    const organization = await staffOrganization(db, staff, c.req.valid("param").slug);
    const id = newId();
    await db.batch([
      db.insert(snippets).values({ ...c.req.valid("json"), id, organizationId: organization.id }),
      db.insert(organizationEvents).values(logged(organization.id, staff.actor, "snippet_added", id)),
    ]);
    return c.json(presentSnippet(await oneSnippet(db, organization.id, id)), 201);
  })
  .openapi(changeRoute, async function changeSnippet(c) {
    const { db, staff } = c.var;
    const { slug, snippetId } = c.req.valid("param");
    const organization = await staffOrganization(db, staff, slug);
    const snippet = await oneSnippet(db, organization.id, snippetId);
    const changes = c.req.valid("json");
    if (Object.keys(changes).length > 0)
      await db.batch([
        db.update(snippets).set(changes).where(eq(snippets.id, snippet.id)),
        db.insert(organizationEvents).values(logged(organization.id, staff.actor, "snippet_changed", snippet.id)),
      ]);
    return c.json(presentSnippet(await oneSnippet(db, organization.id, snippet.id)), 200);
  })
  .openapi(removeRoute, async function removeSnippet(c) {
    const { db, staff } = c.var;
    const { slug, snippetId } = c.req.valid("param");
    const organization = await staffOrganization(db, staff, slug);
    const snippet = await oneSnippet(db, organization.id, snippetId);
    await db.batch([
      db.delete(snippets).where(eq(snippets.id, snippet.id)),
      db.insert(organizationEvents).values(logged(organization.id, staff.actor, "snippet_removed", snippet.id)),
    ]);
    return c.body(null, 204);
  });

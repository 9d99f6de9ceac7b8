import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { caseStatus } from "../../db/queries/status";
import { caseStatuses } from "../../db/schema";
import { ApiError } from "../../errors";
import { lookUpToken } from "../../lib/tokens";
import { createApiRouter, errorSchema, json } from "./router";

const statusSchema = z
  .object({
    reference: z.string(),
    status: z.enum(caseStatuses),
    role: z.string().openapi({ description: "Who the link belongs to; it decides what is shown." }),
    organization: z.object({ slug: z.string(), name: z.string() }),
    submittedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    reasonCodes: z
      .array(z.string())
      .optional()
      .openapi({ description: "After a decline, for roles that see reasons." }),
    directory: z
      .array(z.object({ name: z.string(), jurisdictions: z.array(z.string()), website: z.string().nullable() }))
      .optional()
      .openapi({ description: "After a decline: other organizations that might help." }),
  })
  .openapi("CaseStatus");

const statusRoute = createRoute({
  method: "get",
  path: "/{token}",
  tags: ["Applications"],
  summary: "Where a case stands, for the holder of its status link",
  request: {
    params: z.object({
      // Any string: one that is not a token is simply not found.
      token: z
        .string()
        .openapi({ param: { name: "token", in: "path" }, description: "The private status link's token." }),
    }),
  },
  responses: {
    200: json(statusSchema, "What this link's role may see."),
    404: { description: "Not a status link.", content: { "application/json": { schema: errorSchema } } },
    410: { description: "The link expired or was revoked.", content: { "application/json": { schema: errorSchema } } },
  },
});

export const statusApi = createApiRouter().openapi(statusRoute, async function readStatus(c) {
  c.header("Cache-Control", "no-store");
  const lookup = await lookUpToken(c.var.db, c.req.valid("param").token, "status");
  if (!lookup.ok && lookup.reason !== "unknown") throw new ApiError("gone", `This status link is ${lookup.reason}.`);
  if (!lookup.ok) throw new ApiError("not_found", "This status link is not valid.");
  const status = await caseStatus(c.var.db, lookup.token);
  if (!status) throw new ApiError("not_found", "This status link is not valid.");
  return c.json(
    {
      reference: status.reference,
      status: status.status,
      role: lookup.token.role,
      organization: { slug: status.organizationSlug, name: status.organizationName },
      submittedAt: status.createdAt.toISOString(),
      updatedAt: status.updatedAt.toISOString(),
      ...(status.status === "declined" ? { reasonCodes: status.reasonCodes, directory: status.directory } : {}),
    },
    200,
  );
});

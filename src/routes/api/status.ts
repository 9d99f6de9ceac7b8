import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { recordLinkOpened } from "../../cases/link-reads";
import { caseStatus } from "../../db/queries/status";
import { ApiError } from "../../errors";
import { lookUpToken } from "../../lib/tokens";
import { caseStatusShape, presentCaseStatus } from "../../presenters/application";
import { createApiRouter, errorSchema, json } from "./router";

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
    200: json(caseStatusShape, "What this link's role may see."),
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
  await recordLinkOpened(c.var.db, lookup.token, c.req.raw, "api");
  return c.json(presentCaseStatus(status, lookup.token), 200);
});

import { OpenAPIHono } from "@hono/zod-openapi";
import { createMiddleware } from "hono/factory";
import * as z from "zod";
import type { AppEnv, StaffEnv } from "../../env";
import { ApiError } from "../../errors";
import { sameSiteOnly } from "../../lib/same-origin";
import { requireStaff } from "../../lib/staff-auth";

/**
 * A router of the JSON API. Its routes are declared with `createRoute`, so each one's zod schemas
 * both validate the request and describe it in the OpenAPI document; a request that does not
 * match answers with the one error shape.
 */
export function createApiRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook(result) {
      if (!result.success) {
        throw new ApiError(
          "invalid_request",
          "The request is not valid.",
          result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
        );
      }
    },
  });
}

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "invalid_request" }),
      message: z.string(),
      requestId: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi("Error");

export const errorContent = { "application/json": { schema: errorSchema } };

/** The error answers every route may give, for the document. */
export const errorResponses = {
  400: { description: "The request is not valid; `issues` names each field.", content: errorContent },
  404: { description: "Not found.", content: errorContent },
} as const;

const refuseOtherSites = sameSiteOnly<StaffEnv>({ unstated: "allow" });

/**
 * What staff routes add: who they are for, and the answers for everyone else. A change sent by
 * another site's page in a signed-in staff browser is refused first; API clients send no Origin.
 */
export const staffOnly = {
  middleware: createMiddleware<StaffEnv>(async function staffFromThisSite(c, next) {
    return refuseOtherSites(c, async () => {
      await requireStaff(c, next);
    });
  }),
  security: [{ staffToken: [] }, { cloudflareAccess: [] }] as Record<string, string[]>[],
};

export const staffErrorResponses = {
  ...errorResponses,
  401: { description: "No valid staff credentials.", content: errorContent },
  403: {
    description: "Not staff of the organization this belongs to, or a change sent from another site's page.",
    content: errorContent,
  },
} as const;

export const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

export const idParam = (name: string, description: string) =>
  z
    .string()
    .min(1)
    .max(100)
    .openapi({ param: { name, in: "path" }, description });

/** The `{id}` of the routes under `/cases`. */
export const caseParams = z.object({ id: idParam("id", "The case id.") });

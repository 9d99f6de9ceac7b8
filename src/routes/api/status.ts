import { Hono } from "hono";
import { caseStatus } from "../../db/queries/status";
import type { AppEnv } from "../../env";
import { ApiError } from "../../errors";
import { lookUpToken } from "../../lib/tokens";

export const statusApiRoute = new Hono<AppEnv>().get("/:token", async function readStatus(c) {
  c.header("Cache-Control", "no-store");
  const lookup = await lookUpToken(c.var.db, c.req.param("token"), "status");
  if (!lookup.ok && lookup.reason !== "unknown") throw new ApiError("gone", `This status link is ${lookup.reason}.`);
  if (!lookup.ok) throw new ApiError("not_found", "This status link is not valid.");
  const status = await caseStatus(c.var.db, lookup.token);
  if (!status) throw new ApiError("not_found", "This status link is not valid.");
  return c.json({
    reference: status.reference,
    status: status.status,
    role: lookup.token.role,
    organization: { slug: status.organizationSlug, name: status.organizationName },
    submittedAt: status.createdAt.toISOString(),
    updatedAt: status.updatedAt.toISOString(),
    ...(status.status === "declined" ? { reasonCodes: status.reasonCodes, directory: status.directory } : {}),
  });
});

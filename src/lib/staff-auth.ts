import { and, eq, or } from "drizzle-orm";
import { getCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { staff as staffTable } from "../db/schema";
import type { StaffEnv } from "../env";
import { ApiError } from "../errors";
import { verifyAccessJwt } from "./access-jwt";
import { secretsEqual } from "./crypto";

/** Who is calling from the staff side, and which organizations' cases they may see. */
export type Staff = {
  /** Written to the event log as the actor of each read and change. */
  actor: string;
  /** The staff row (whom tasks are assigned to); null for the network-wide `STAFF_API_TOKEN`. */
  id: string | null;
  /** Null for network staff, who see every organization. */
  organizationId: string | null;
};

/** Set by `/dev/staff-login` in local development only, so the staff pages work without Access. */
export const DEV_STAFF_COOKIE = "dev_staff_token";

/**
 * Lets a request through only for staff: a verified Cloudflare Access token (a person, or a
 * service token of an API client) that belongs to an active staff member, or the network-wide
 * `STAFF_API_TOKEN` as a bearer token. 401 when nobody is identified, 403 when they are not staff.
 */
export const requireStaff = createMiddleware<StaffEnv>(async function requireStaff(c, next) {
  const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1]?.trim();
  const devToken = c.env.ENVIRONMENT === "development" ? getCookie(c, DEV_STAFF_COOKIE) : undefined;
  const accessToken = c.req.header("cf-access-jwt-assertion");
  const presented = bearer ?? devToken;

  if (presented !== undefined) {
    if (!c.env.STAFF_API_TOKEN || !(await secretsEqual(presented, c.env.STAFF_API_TOKEN))) throw unauthorized();
    c.set("staff", { actor: "staff:api-token", id: null, organizationId: null });
    return next();
  }
  if (accessToken && c.env.ACCESS_TEAM_DOMAIN && c.env.ACCESS_AUD) {
    const identity = await verifyAccessJwt(accessToken, {
      teamDomain: c.env.ACCESS_TEAM_DOMAIN,
      audience: c.env.ACCESS_AUD,
    });
    if (!identity) throw unauthorized();
    const names = [identity.email?.toLowerCase(), identity.commonName].filter((n): n is string => n !== undefined);
    const member = await c.var.db.query.staff.findFirst({
      where: and(or(...names.map((n) => eq(staffTable.identity, n))), eq(staffTable.active, true)),
    });
    if (!member) throw new ApiError("forbidden", "You are signed in, but not as staff of any organization here.");
    c.set("staff", { actor: `staff:${member.id}`, id: member.id, organizationId: member.organizationId });
    return next();
  }
  throw unauthorized();
});

function unauthorized() {
  return new ApiError(
    "unauthorized",
    "Staff sign in through Cloudflare Access, or send `Authorization: Bearer` with the staff API token.",
  );
}

/** Whether this staff member may see the cases and settings of an organization. */
export function canSeeOrganization(staff: Staff, organizationId: string): boolean {
  return staff.organizationId === null || staff.organizationId === organizationId;
}

/** Refuses, with 403, what belongs to an organization the caller is not staff of. */
export function assertOrganization(staff: Staff, organizationId: string): void {
  if (!canSeeOrganization(staff, organizationId))
    throw new ApiError("forbidden", "This belongs to an organization you are not staff of.");
}

/** Refuses, with 403, what only network staff may do. */
export function assertNetworkStaff(staff: Staff): void {
  if (staff.organizationId !== null) throw new ApiError("forbidden", "Only network staff may do this.");
}

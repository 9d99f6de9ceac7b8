import { Hono } from "hono";
import { listOrganizations } from "../db/queries/organizations";
import type { AppEnv } from "../env";
import { LandingPage } from "../pages/landing";

export const landingRoute = new Hono<AppEnv>().get("/", async function showLanding(c) {
  const organizations = await listOrganizations(c.var.db);
  return c.html(<LandingPage lang={c.var.lang} organizations={organizations} />);
});

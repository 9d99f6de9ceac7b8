import { Hono } from "hono";
import { backlogs } from "../db/queries/backlog";
import { listOrganizations } from "../db/queries/organizations";
import type { AppEnv } from "../env";
import { LandingPage } from "../pages/landing";

export const landingRoute = new Hono<AppEnv>().get("/", async function showLanding(c) {
  const [organizations, waits] = await Promise.all([listOrganizations(c.var.db), backlogs(c.var.db)]);
  return c.html(<LandingPage lang={c.var.lang} organizations={organizations} backlogs={waits} />);
});

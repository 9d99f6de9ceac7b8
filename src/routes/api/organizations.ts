import { Hono } from "hono";
import { listOrganizations } from "../../db/queries/organizations";
import type { AppEnv } from "../../env";

/** The public directory: who takes cases from where, in which languages. */
export const organizationsRoute = new Hono<AppEnv>().get("/", async function listDirectory(c) {
  const all = await listOrganizations(c.var.db);
  return c.json({
    organizations: all.map((o) => ({
      slug: o.slug,
      name: o.name,
      jurisdictions: o.jurisdictions,
      languages: o.languages,
      website: o.website,
    })),
  });
});

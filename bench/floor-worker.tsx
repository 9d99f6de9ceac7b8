// The first request's floor: the least a Worker on this project's stack (Hono, hono/jsx, drizzle
// over D1 with the app's schema, zod, a Workflow) does for each kind of first request the bench
// times on a fresh isolate, with the same work done at startup as src/index.ts does. What a fresh
// isolate's first request costs above this is the app's own code running for the first time.
// Built only by the bench (bench/cpu.ts), never shipped.
import { env, WorkflowEntrypoint } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { Hono } from "hono";
import * as z from "zod";
import * as schema from "../src/db/schema";

/** bench/harness.ts's setUpDatabase makes this table. */
const benchFloor = sqliteTable("bench_floor", {
  id: text("id").primaryKey(),
  createdAt: integer("created_at").notNull(),
});

const db = drizzle(env.DB, { schema });

/** The shape of bench/app-client.ts's APPLICATION, checked as an intake would check it. */
const Application = z.object({
  organization: z.string().min(1).max(100),
  submitter: z.object({ role: z.enum(schema.submitterRoles), name: z.string().min(1).max(200), email: z.email() }),
  applicant: z.object({ name: z.string().min(1).max(200), prisonNumber: z.string().max(50).optional() }),
  conviction: z.object({ jurisdiction: z.string().min(2).max(10), offenses: z.string().min(1).max(2000) }),
  claim: z.object({ innocenceStatement: z.string().min(1).max(20_000) }),
  consent: z.object({ dataProcessing: z.literal(true) }),
});

/** An empty workflow under each name wrangler.toml binds: starting one is all the floor does with it. */
class EmptyWorkflow extends WorkflowEntrypoint<Env, unknown> {
  override async run() {}
}

export { EmptyWorkflow as CaseReview, EmptyWorkflow as DailyJob, EmptyWorkflow as ExportJob };

const app = new Hono<{ Bindings: Env }>();

app.get("/apply", async (c) => {
  const choices = await db
    .select({ slug: schema.organizations.slug, name: schema.organizations.name })
    .from(schema.organizations);
  return c.html(
    <html lang="en">
      <body>
        <form method="post">
          {choices.map((choice) => (
            <label>
              <input type="radio" name="organization" value={choice.slug} /> {choice.name}
            </label>
          ))}
          <button type="submit">Next</button>
        </form>
      </body>
    </html>,
  );
});

app.get("/status/:slug", async (c) => {
  const found = await db.query.organizations.findFirst({
    where: eq(schema.organizations.slug, c.req.param("slug")),
    columns: { name: true, website: true },
  });
  return c.html(
    <html lang="en">
      <body>
        <h1>{found?.name ?? "Not found"}</h1>
        <p>{found?.website}</p>
      </body>
    </html>,
  );
});

app.post("/api/v1/applications", async (c) => {
  Application.parse(await c.req.json());
  const id = crypto.randomUUID();
  await db.insert(benchFloor).values({ id, createdAt: Date.now() });
  await c.env.CASE_REVIEW.create({ id, params: { caseId: id } });
  return c.json({ id }, 201);
});

// As src/index.ts does at startup: the router built, hono/jsx's AsyncLocalStorage looked up.
app.router.match("GET", "/");
(globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.(
  "node:async_hooks",
);

export default app;

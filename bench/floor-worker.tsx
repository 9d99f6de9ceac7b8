// The first request's floor: the least a Worker on this project's stack (Hono, hono/jsx, drizzle
// over D1 with the app's schema, zod, a Workflow) does for each kind of first request the bench
// times on a fresh isolate, warmed up at startup as src/warm-up.tsx warms up the app: its pages
// rendered from sample data, its statements built and not sent, a sample application checked.
// Built only by the bench (bench/cpu.ts), never shipped.
import { env, WorkflowEntrypoint } from "cloudflare:workers";
import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { Hono } from "hono";
import * as z from "zod";
import * as schema from "../src/db/schema";
import { APPLICATION } from "./sample-application";

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

function FormPage({ choices }: { choices: { slug: string; name: string }[] }) {
  return (
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
    </html>
  );
}

function StatusPage({ found }: { found: { name: string; website: string | null } | undefined }) {
  return (
    <html lang="en">
      <body>
        <h1>{found?.name ?? "Not found"}</h1>
        <p>{found?.website}</p>
      </body>
    </html>
  );
}

const choicesQuery = () =>
  db.select({ slug: schema.organizations.slug, name: schema.organizations.name }).from(schema.organizations);
const organizationQuery = (slug: string) =>
  db.query.organizations.findFirst({
    where: eq(schema.organizations.slug, slug),
    columns: { name: true, website: true },
  });
const insertQuery = (id: string) => db.insert(benchFloor).values({ id, createdAt: Date.now() });

const app = new Hono<{ Bindings: Env }>();

app.get("/apply", async (c) => c.html(<FormPage choices={await choicesQuery()} />));

app.get("/status/:slug", async (c) => c.html(<StatusPage found={await organizationQuery(c.req.param("slug"))} />));

app.post("/api/v1/applications", async (c) => {
  Application.parse(await c.req.json());
  const id = crypto.randomUUID();
  await insertQuery(id);
  await c.env.CASE_REVIEW.create({ id, params: { caseId: id } });
  return c.json({ id }, 201);
});

// The warm-up, as src/warm-up.tsx does for the app.
app.router.match("GET", "/");
void (<FormPage choices={[{ slug: "a", name: "A" }]} />).toString();
void (<StatusPage found={{ name: "A", website: null }} />).toString();
choicesQuery().toSQL();
organizationQuery("").toSQL();
insertQuery("").toSQL();
Application.parse(APPLICATION);

export default app;

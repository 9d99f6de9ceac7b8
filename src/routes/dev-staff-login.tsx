import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { secretsEqual } from "../lib/crypto";
import { formText, readFormBody } from "../lib/form-body";
import { DEV_STAFF_COOKIE } from "../lib/staff-auth";
import { Layout } from "../pages/layout";
import { sameOriginForms } from "./staff";

/**
 * Local development only: opens the staff pages without Cloudflare Access, by keeping the staff
 * API token in a cookie that `requireStaff` accepts in development (and nowhere else).
 */
export const devStaffLoginRoute = new Hono<AppEnv>();

devStaffLoginRoute.use("/staff-login", async function developmentOnly(c, next) {
  if (c.env.ENVIRONMENT !== "development") throw new ApiError("not_found", "Not found.");
  await next();
  c.header("Cache-Control", "no-store");
});
devStaffLoginRoute.use("/staff-login", sameOriginForms());

devStaffLoginRoute.get("/staff-login", (c) => c.html(<DevStaffLoginPage />));

devStaffLoginRoute.post("/staff-login", async function signIn(c) {
  const presented = formText(await readFormBody(c), "token")?.trim() ?? "";
  if (!presented || !c.env.STAFF_API_TOKEN || !(await secretsEqual(presented, c.env.STAFF_API_TOKEN)))
    return c.html(<DevStaffLoginPage error="That is not the staff API token of this server." />, 400);
  setCookie(c, DEV_STAFF_COOKIE, presented, { httpOnly: true, sameSite: "Strict", path: "/" });
  return c.redirect("/staff", 303);
});

function DevStaffLoginPage({ error }: { error?: string }) {
  return (
    <Layout lang="en" title="Staff sign-in (development)">
      <h1>Staff sign-in for local development</h1>
      <p>
        In production, staff sign in through Cloudflare Access. Here, the staff API token opens the{" "}
        <a href="/staff">staff pages</a> instead.
      </p>
      <form method="post" action="/dev/staff-login" class="panel">
        <div class="field">
          <label for="f-token">Staff API token</label>
          <span class="hint" id="f-token-hint">
            The value of STAFF_API_TOKEN in .dev.vars.
          </span>
          {error && (
            <p class="error-message" id="f-token-error" role="alert">
              {error}
            </p>
          )}
          <input
            type="password"
            id="f-token"
            name="token"
            required
            autocomplete="off"
            aria-describedby={error ? "f-token-hint f-token-error" : "f-token-hint"}
            aria-invalid={error ? "true" : undefined}
          />
        </div>
        <button class="button" type="submit">
          Sign in
        </button>
      </form>
    </Layout>
  );
}

import { Hono } from "hono";
import { setCookie } from "hono/cookie";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { secretsEqual } from "../lib/crypto";
import { formText, readFormBody } from "../lib/form-body";
import { messages } from "../lib/i18n";
import { DEV_STAFF_COOKIE } from "../lib/staff-auth";
import { Layout } from "../pages/layout";
import { type StaffLocale, staffHref, staffLocale } from "../pages/staff-parts";
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

devStaffLoginRoute.get("/staff-login", (c) => c.html(<DevStaffLoginPage locale={staffLocale(c)} />));

devStaffLoginRoute.post("/staff-login", async function signIn(c) {
  const presented = formText(await readFormBody(c), "token")?.trim() ?? "";
  const locale = staffLocale(c);
  const t = messages[locale.lang].staff.devSignIn;
  if (!presented || !c.env.STAFF_API_TOKEN || !(await secretsEqual(presented, c.env.STAFF_API_TOKEN)))
    return c.html(<DevStaffLoginPage locale={locale} error={t.wrongToken} />, 400);
  setCookie(c, DEV_STAFF_COOKIE, presented, { httpOnly: true, sameSite: "Strict", path: "/" });
  return c.redirect(staffHref(locale, "/staff"), 303);
});

function DevStaffLoginPage({ locale, error }: { locale: StaffLocale; error?: string }) {
  const t = messages[locale.lang].staff.devSignIn;
  return (
    <Layout lang={locale.lang} title={t.title} path="/dev/staff-login">
      <h1>{t.heading}</h1>
      <p>{t.intro}</p>
      <p>
        <a href={staffHref(locale, "/staff")}>{t.pagesLink}</a>
      </p>
      <form method="post" action={staffHref(locale, "/dev/staff-login")} class="panel">
        <div class="field">
          <label for="f-token">{t.token}</label>
          <span class="hint" id="f-token-hint">
            {t.tokenHint}
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
          {t.submit}
        </button>
      </form>
    </Layout>
  );
}

import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { createDb } from "./db/client";
import type { AppEnv } from "./env";
import { ApiError, asApiError, errorBody } from "./errors";
import { negotiateLanguage } from "./lib/i18n";
import { rateLimit } from "./lib/rate-limit";
import { setSecurityHeaders } from "./lib/security-headers";
import { turnstileEnabled } from "./lib/turnstile";
import { ApiDocsPage } from "./pages/api-docs";
import { createApi, documentConfig } from "./routes/api";
import { applyRoute } from "./routes/apply";
import { draftRoute } from "./routes/apply-draft";
import { assetsRoute } from "./routes/assets";
import { consultRoute } from "./routes/consult";
import { devMailboxRoute } from "./routes/dev-mailbox";
import { devStaffLoginRoute } from "./routes/dev-staff-login";
import { errorPage } from "./routes/error-page";
import { filesRoute } from "./routes/files";
import { healthRoute } from "./routes/health";
import { helperPageRoute } from "./routes/helper-page";
import { landingRoute } from "./routes/landing";
import { referralRoute } from "./routes/referral";
import { respondRoute } from "./routes/respond";
import { resumeRoute } from "./routes/resume";
import { reviewRoute } from "./routes/review";
import { reviewerRoute } from "./routes/reviewer";
import { staffRoute } from "./routes/staff";
import { staffExportsRoute } from "./routes/staff-exports";
import { staffLettersRoute } from "./routes/staff-letters";
import { staffPartnersRoute } from "./routes/staff-partners";
import { staffQuestionnaireRoute } from "./routes/staff-questionnaire";
import { staffReportsRoute } from "./routes/staff-reports";
import { staffRightsRoute } from "./routes/staff-rights";
import { statusRoute } from "./routes/status";

/** Room for the longest free-text answers (20,000 characters, up to 4 bytes each) and then some. */
const MAX_FORM_BYTES = 256 * 1024;
/** Staff forms that send scans: bounded by the upload limits as the files stream, like /apply. */
const STAFF_UPLOAD_FORM = /^\/staff\/cases\/(new|[^/]+\/(correspondence|answers))$/;

export function createApp() {
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(async function init(c, next) {
    c.set("db", createDb(c.env));
    c.set("lang", negotiateLanguage(c.req.query("lang"), c.req.header("accept-language")));
    await next();
  });
  app.use(async function securityHeaders(c, next) {
    await next();
    setSecurityHeaders(c.res.headers, {
      production: c.env.ENVIRONMENT === "production",
      turnstile: sendsApplication(c.req.method, c.req.path) && turnstileEnabled(c.env),
    });
  });

  app.post("/apply", rateLimit("SUBMISSION_LIMIT"));
  app.post("/api/v1/applications", rateLimit("SUBMISSION_LIMIT"));
  // The documents page stores files, as sending does; the other pages of a draft count as link pages.
  app.post("/apply/:key/documents", rateLimit("SUBMISSION_LIMIT"));
  // Guessing resume codes is what this limit is for (src/lib/ids.ts).
  app.post("/resume", rateLimit("RESUME_LIMIT"));
  // "Send me my link" sends email: held to the stricter limit as well.
  app.post("/reviewer", rateLimit("SUBMISSION_LIMIT"));
  for (const path of [
    "/apply/:key/:page",
    "/resume/:token",
    "/status/*",
    "/review/*",
    "/respond/*",
    "/consult/*",
    "/referral/*",
    "/files/*",
    "/reviewer/*",
    "/expert/*",
    "/partner/*",
    "/api/v1/status/*",
  ])
    app.use(path, rateLimit("LINK_LIMIT"));
  // Forms without files are small; a larger body is refused before the route reads it.
  const formLimit = bodyLimit({
    maxSize: MAX_FORM_BYTES,
    onError() {
      throw new ApiError("payload_too_large", `Forms are limited to ${MAX_FORM_BYTES} bytes.`);
    },
  });
  for (const path of [
    "/review/*",
    "/reviewer/*",
    "/expert/*",
    "/partner/*",
    "/consult/*",
    "/referral/*",
    "/staff/*",
    "/dev/staff-login",
    "/resume",
  ])
    app.post(path, async function smallForm(c, next) {
      if (STAFF_UPLOAD_FORM.test(c.req.path)) return next();
      return formLimit(c, next);
    });

  app.route("/", landingRoute);
  app.route("/apply", applyRoute);
  app.route("/apply", draftRoute);
  app.route("/resume", resumeRoute);
  app.route("/status", statusRoute);
  app.route("/review", reviewRoute);
  app.route("/reviewer", reviewerRoute);
  app.route("/expert", helperPageRoute("expert"));
  app.route("/partner", helperPageRoute("referral_partner"));
  app.route("/respond", respondRoute);
  app.route("/consult", consultRoute);
  app.route("/referral", referralRoute);
  app.route("/files", filesRoute);
  app.route("/assets", assetsRoute);
  app.route("/healthz", healthRoute);
  app.route("/dev", devMailboxRoute);
  app.route("/dev", devStaffLoginRoute);
  app.route("/staff/letters", staffLettersRoute);
  app.route("/staff/cases", staffRightsRoute);
  app.route("/staff/reports", staffReportsRoute);
  app.route("/staff/partners", staffPartnersRoute);
  app.route("/staff/exports", staffExportsRoute);
  app.route("/staff/questionnaire", staffQuestionnaireRoute);
  app.route("/staff", staffRoute);
  const api = createApi();
  app.route("/api/v1", api);
  app.get("/api/docs", function showApiDocs(c) {
    return c.html(
      <ApiDocsPage lang={c.var.lang} doc={api.getOpenAPI31Document(documentConfig(c.env.PUBLIC_ORIGIN))} />,
    );
  });

  app.notFound((c) => {
    if (wantsJson(c.req.path)) return c.json(errorBody(new ApiError("not_found", "Not found."), c.var.requestId), 404);
    return errorPage(c, 404);
  });

  app.onError((error, c) => {
    const apiError = asApiError(error);
    // Log the request id and error kind only: messages can carry what people typed.
    if (apiError.code === "internal_error") console.error(`request ${c.var.requestId} failed: ${error.name}`);
    if (wantsJson(c.req.path)) return c.json(errorBody(apiError, c.var.requestId), apiError.status);
    return errorPage(c, apiError.status);
  });

  return app;
}

/**
 * The pages with the button that sends an application ("check your answers", and the same page
 * again after a send with errors): Turnstile's script is allowed there only.
 */
function sendsApplication(method: string, path: string): boolean {
  return (method === "POST" && path === "/apply") || /^\/apply\/[^/]+\/check$/.test(path);
}

function wantsJson(path: string): boolean {
  return path.startsWith("/api/") || path === "/healthz" || path.endsWith(".json");
}

import { applicationsApi } from "./applications";
import { caseActionsApi } from "./case-actions";
import { caseMovesApi } from "./case-moves";
import { casesApi } from "./cases";
import { correspondenceApi } from "./correspondence";
import { criteriaApi } from "./criteria";
import { exportsApi } from "./exports";
import { notesTasksApi } from "./notes-tasks";
import { organizationsApi } from "./organizations";
import { paperApi } from "./paper";
import { partnersApi } from "./partners";
import { reportsApi } from "./reports";
import { reviewersApi } from "./reviewers";
import { createApiRouter } from "./router";
import { snippetsApi } from "./snippets";
import { staffMembersApi } from "./staff-members";
import { statusApi } from "./status";
import { subjectRightsApi } from "./subject-rights";
import { webhooksApi } from "./webhooks";

export const OPENAPI_PATH = "/openapi.json";

/** The JSON API mounted at `/api/v1`, with its OpenAPI 3.1 document built from the routes' own schemas. */
export function createApi() {
  const api = createApiRouter()
    .route("/applications", applicationsApi)
    .route("/status", statusApi)
    .route("/organizations", organizationsApi)
    .route("/organizations", criteriaApi)
    .route("/organizations", webhooksApi)
    .route("/organizations", snippetsApi)
    .route("/", reviewersApi)
    .route("/", partnersApi)
    .route("/", notesTasksApi)
    .route("/cases", casesApi)
    .route("/cases", caseActionsApi)
    .route("/cases", caseMovesApi)
    .route("/cases", correspondenceApi)
    .route("/cases", paperApi)
    .route("/cases", subjectRightsApi)
    .route("/staff", staffMembersApi)
    .route("/reports", reportsApi)
    .route("/exports", exportsApi);

  api.openAPIRegistry.registerComponent("securitySchemes", "staffToken", {
    type: "http",
    scheme: "bearer",
    description: "The `STAFF_API_TOKEN` secret: network-wide access for API clients.",
  });
  api.openAPIRegistry.registerComponent("securitySchemes", "cloudflareAccess", {
    type: "apiKey",
    in: "header",
    name: "Cf-Access-Jwt-Assertion",
    description:
      "Set by Cloudflare Access for signed-in staff and for service tokens; the caller must be an active staff member.",
  });
  api.doc31(OPENAPI_PATH, (c) => documentConfig(c.env.PUBLIC_ORIGIN));
  return api;
}

/** The document's top: everything but the paths, which come from the routes. */
export function documentConfig(origin: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Innocence Intake API",
      version: "1",
      description:
        'Applications and status for anyone; the case queue, paper-mail intake, organizations, criteria, reviewers and staff for staff. Errors have one shape: `{"error":{"code","message","requestId","issues?"}}`.',
    },
    servers: [{ url: new URL("/api/v1", origin).toString() }],
  };
}

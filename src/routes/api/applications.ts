import { createRoute } from "@hono/zod-openapi";
import { createdCaseShape } from "../../presenters/application";
import { receiveApplication } from "./application-request";
import { createApiRouter, errorResponses, json } from "./router";
import { applicationBody, idempotencyHeader } from "./schemas";

const submitRoute = createRoute({
  method: "post",
  path: "/",
  tags: ["Applications"],
  summary: "Apply for help",
  description:
    "Anyone may apply: the convicted person, family, a supporter or a lawyer. Without `organization`, the network routes the case by `conviction.jurisdiction`.",
  request: { headers: idempotencyHeader, body: applicationBody },
  responses: {
    201: json(createdCaseShape, "The case was made (or, for a repeated Idempotency-Key, found)."),
    ...errorResponses,
    413: { description: "A file or the whole application is too large." },
    415: { description: "Not JSON or multipart, or a file of a type that is not accepted." },
    422: { description: "The Idempotency-Key was used for a different application." },
  },
});

export const applicationsApi = createApiRouter().openapi(submitRoute, async function submit(c) {
  return c.json(await receiveApplication(c, { source: "api", keyScope: "api" }), 201);
});

import type { RouteConfig } from "@hono/zod-openapi";
import * as z from "zod";
import { applicationSchema } from "../../schemas/application";

/**
 * The application's JSON Schema, derived from the zod schema that validates it. It is given to
 * the document as a plain schema so the route reads the raw body itself (for the idempotency hash
 * and the streaming multipart path) and validates with `parseApplication`.
 */
const { $schema: _, ...applicationJsonSchema } = z.toJSONSchema(applicationSchema, {
  io: "output",
  unrepresentable: "any",
});

type RequestBody = NonNullable<NonNullable<RouteConfig["request"]>["body"]>;
type DocumentedSchema = Extract<RequestBody["content"][string], { schema: unknown }>["schema"];

export const applicationBody: RequestBody = {
  required: true,
  description:
    "The application as JSON, or as multipart/form-data with an `application` part holding the JSON and `attachments` file parts (PDF, JPEG, PNG, HEIC, TIFF, plain text, DOCX).",
  content: {
    // JSON Schema 2020-12 is OpenAPI 3.1's schema dialect: the zod output fits as it is.
    "application/json": { schema: applicationJsonSchema as DocumentedSchema },
    "multipart/form-data": {
      schema: {
        type: "object" as const,
        required: ["application"],
        properties: {
          application: { type: "string" as const, description: "The application JSON." },
          attachments: { type: "array" as const, items: { type: "string" as const, format: "binary" } },
        },
      },
    },
  },
};

export const idempotencyHeader = z.object({
  "idempotency-key": z
    .string()
    .optional()
    .openapi({
      param: { name: "idempotency-key", in: "header" },
      description: "Repeat a request with the same key and body to get the first result instead of a second case.",
    }),
});

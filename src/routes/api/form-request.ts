import type { RouteConfig } from "@hono/zod-openapi";
import type { Context } from "hono";
import * as z from "zod";
import type { AppEnv } from "../../env";
import { ApiError } from "../../errors";
import { deleteUploads, readMultipartForm, refuseEncodedBody } from "../../lib/multipart-form";
import { type StoredUpload, uploadLimits } from "../../lib/uploads";
import { parseJson, readJsonText, uploadError } from "./application-request";

/**
 * A staff request that may carry scans: JSON, or multipart/form-data with the same fields as form
 * fields and the files as `attachments` (as the case page's forms send it). The fields are checked
 * with `schema`; whatever is refused, files already streamed to R2 are deleted again.
 */
export async function readFieldsAndScans<E extends AppEnv, S extends z.ZodType>(
  c: Context<E>,
  schema: S,
): Promise<{ input: z.output<S>; uploads: StoredUpload[] }> {
  refuseEncodedBody(c.req.raw);
  const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  let fields: unknown;
  let uploads: StoredUpload[] = [];
  if (mediaType === "application/json") fields = parseJson(await readJsonText(c.req.raw));
  else if (mediaType === "multipart/form-data") {
    const limits = uploadLimits(c.env);
    const form = await readMultipartForm(c.req.raw, c.env, limits);
    uploads = form.uploads;
    const refused = form.rejections[0];
    if (refused) {
      await deleteUploads(c.env.ATTACHMENTS, uploads);
      throw uploadError(refused, limits);
    }
    fields = Object.fromEntries([...form.fields].map(([name, values]) => [name, values[0]]));
  } else throw new ApiError("unsupported_media_type", "Send application/json, or multipart/form-data with the files.");
  const parsed = schema.safeParse(fields);
  if (!parsed.success) {
    await deleteUploads(c.env.ATTACHMENTS, uploads);
    throw new ApiError(
      "invalid_request",
      "The request is not valid.",
      parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    );
  }
  return { input: parsed.data, uploads };
}

type RequestBody = NonNullable<NonNullable<RouteConfig["request"]>["body"]>;
type DocumentedSchema = Extract<RequestBody["content"][string], { schema: unknown }>["schema"];

/** How a route read with `readFieldsAndScans` is documented: `schema` as JSON, or as a form with the scans. */
export function fieldsAndScansBody(schema: z.ZodType): RequestBody {
  const { $schema: _, ...fields } = z.toJSONSchema(schema, { io: "input" });
  return {
    required: true,
    content: {
      // JSON Schema 2020-12 is OpenAPI 3.1's schema dialect: the zod output fits as it is.
      "application/json": { schema: fields as DocumentedSchema },
      "multipart/form-data": {
        schema: {
          ...fields,
          properties: {
            ...(fields.properties ?? {}),
            attachments: { type: "array", items: { type: "string", format: "binary" } },
          },
        } as DocumentedSchema,
      },
    },
  };
}

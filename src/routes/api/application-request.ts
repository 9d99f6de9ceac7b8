import type { Context } from "hono";
import { type Submission, submitApplication } from "../../cases/intake";
import type { AppEnv } from "../../env";
import { ApiError } from "../../errors";
import { sha256Hex } from "../../lib/crypto";
import { rejectionText } from "../../lib/i18n";
import { deleteUploads, readMultipartForm, refuseEncodedBody } from "../../lib/multipart-form";
import { type StoredUpload, type UploadLimits, type UploadRejected, uploadLimits } from "../../lib/uploads";
import { parseApplication } from "../../lib/validation";
import { presentCreatedCase } from "../../presenters/application";
import type { Application } from "../../schemas/application";

const MAX_JSON_BYTES = 1024 * 1024;

type Intake = {
  source: Submission["source"];
  /** Prefixes the client's Idempotency-Key, so the public and the staff API never share keys. */
  keyScope: string;
  enteredBy?: string;
  /** Checks or completes the validated application before it is stored. */
  adjust?: (application: Application) => Application;
};

/**
 * Takes an application sent as JSON, or as multipart with an `application` JSON part and
 * `attachments` files, and makes its case (SPEC §5). Files already streamed to R2 are deleted
 * again when anything is refused, so a refused request leaves nothing behind.
 */
export async function receiveApplication<E extends AppEnv>(c: Context<E>, intake: Intake) {
  const idempotencyKey = readIdempotencyKey(c.req.header("idempotency-key"));
  const { body, uploads } = await readBody(c);
  try {
    const parsed = parseApplication(parseJson(body));
    if (!parsed.ok) throw new ApiError("invalid_request", "The application is not valid.", parsed.issues);
    const application = intake.adjust ? intake.adjust(parsed.application) : parsed.application;
    const result = await submitApplication(c.env, c.var.db, {
      application,
      source: intake.source,
      uploads,
      heldAttachmentIds: [],
      idempotencyKey: idempotencyKey ? `${intake.keyScope}:${idempotencyKey}` : null,
      requestHash: await sha256Hex([body, ...uploads.map((u) => u.sha256)].join("\n")),
      enteredBy: intake.enteredBy,
    });
    if (result.replayed) {
      await deleteUploads(c.env.ATTACHMENTS, uploads);
      c.header("Idempotent-Replayed", "true");
    }
    return presentCreatedCase(result, c.env.PUBLIC_ORIGIN);
  } catch (error) {
    await deleteUploads(c.env.ATTACHMENTS, uploads);
    throw error;
  }
}

async function readBody<E extends AppEnv>(c: Context<E>): Promise<{ body: string; uploads: StoredUpload[] }> {
  refuseEncodedBody(c.req.raw);
  const mediaType = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (mediaType === "application/json") return { body: await readJsonText(c.req.raw), uploads: [] };
  if (mediaType !== "multipart/form-data") {
    throw new ApiError(
      "unsupported_media_type",
      "Send application/json, or multipart/form-data with an `application` part.",
    );
  }
  const limits = uploadLimits(c.env);
  const multipart = await readMultipartForm(c.req.raw, c.env, limits);
  const refused = multipart.rejections[0];
  const applicationParts = multipart.fields.get("application") ?? [];
  const applicationPart = applicationParts[0];
  if (applicationParts.length > 1) {
    await deleteUploads(c.env.ATTACHMENTS, multipart.uploads);
    throw new ApiError("invalid_request", "Send one `application` part.", [
      { path: "application", message: "Only one application per request." },
    ]);
  }
  if (refused) {
    await deleteUploads(c.env.ATTACHMENTS, multipart.uploads);
    throw uploadError(refused, limits);
  }
  if (applicationPart === undefined) {
    await deleteUploads(c.env.ATTACHMENTS, multipart.uploads);
    throw new ApiError("invalid_request", "The multipart body needs an `application` part holding the JSON.", [
      { path: "application", message: "Required." },
    ]);
  }
  return { body: applicationPart, uploads: multipart.uploads };
}

export function readIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!/^[\x21-\x7e]{1,255}$/.test(header)) {
    throw new ApiError("invalid_request", "Idempotency-Key must be 1 to 255 visible ASCII characters.", [
      { path: "Idempotency-Key", message: "Use 1 to 255 visible ASCII characters, such as a UUID." },
    ]);
  }
  return header;
}

/** Reads a JSON body, stopping as soon as it passes the limit (a chunked body declares no length). */
export async function readJsonText(request: Request): Promise<string> {
  const tooLarge = () => new ApiError("payload_too_large", `JSON bodies are limited to ${MAX_JSON_BYTES} bytes.`);
  if (Number(request.headers.get("content-length") ?? 0) > MAX_JSON_BYTES) throw tooLarge();
  if (!request.body) return "";
  const decoder = new TextDecoder();
  let text = "";
  let bytes = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_JSON_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError("invalid_request", "The body is not valid JSON.");
  }
}

export function uploadError(refused: UploadRejected, limits: UploadLimits): ApiError {
  const issues = [{ path: "attachments", message: rejectionText("en", refused, limits) }];
  switch (refused.reason) {
    case "type_not_allowed":
      return new ApiError("unsupported_media_type", "A file is not of an accepted type.", issues);
    case "file_too_large":
    case "application_too_large":
      return new ApiError("payload_too_large", "The files are too large.", issues);
    case "too_many_files":
      return new ApiError("invalid_request", "Too many files for one application.", issues);
  }
}

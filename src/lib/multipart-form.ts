import { ApiError } from "../errors";
import { MultipartError, multipartBoundary, parseMultipart, readPartText } from "./multipart";
import { inSlices } from "./slices";
import {
  type Spent,
  type StoredUpload,
  storeUpload,
  type UploadBindings,
  UploadBudget,
  type UploadLimits,
  UploadRejected,
} from "./uploads";

/** A text field can hold the longest free-text answer (20,000 characters of up to 4 bytes each). */
const MAX_FIELD_BYTES = 100 * 1024;
const MAX_TEXT_BYTES = 1024 * 1024;
const MAX_PARTS = 200;
/** The body is parsed 64 KiB at a time (src/lib/slices.ts), not in the 4 KiB it arrives in. */
const READ_BYTES = 64 * 1024;

export type MultipartForm = {
  fields: Map<string, string[]>;
  uploads: StoredUpload[];
  /** Files refused (wrong type, too large…), none of them stored. */
  rejections: UploadRejected[];
};

/**
 * Bodies are read as sent: a declared compression (which browsers never send on a form) is refused
 * rather than read as if it were plain.
 */
export function refuseEncodedBody(request: Request): void {
  const encoding = request.headers.get("content-encoding")?.trim().toLowerCase();
  if (encoding && encoding !== "identity")
    throw new ApiError("unsupported_media_type", "Send the body without a Content-Encoding.");
}

export type MultipartFormOptions = {
  /**
   * What the application already holds (files kept from an earlier try), counted against the
   * limits before its first file here. Called once, with the fields sent before that file.
   */
  alreadyHeld?: (fieldsSoFar: ReadonlyMap<string, string[]>) => Promise<Spent>;
  /** False for a form page without a file input: a file sent anyway is skipped, never stored. */
  files?: boolean;
};

/**
 * Reads a multipart form body part by part: text fields into memory (bounded), every
 * `attachments` file streamed to R2 as it arrives. A refused file is skipped, not fatal, so the
 * caller can decide (the API refuses the request, the form explains and keeps the rest).
 */
export async function readMultipartForm(
  request: Request,
  env: UploadBindings,
  limits: UploadLimits,
  options: MultipartFormOptions = {},
): Promise<MultipartForm> {
  refuseEncodedBody(request);
  const boundary = multipartBoundary(request.headers.get("content-type"));
  if (!boundary || !request.body) {
    throw new ApiError("invalid_request", "Send a multipart/form-data body with a boundary.");
  }
  const declaredLength = Number(request.headers.get("content-length") ?? 0);
  if (declaredLength > limits.maxApplicationBytes + MAX_TEXT_BYTES) {
    throw new ApiError(
      "payload_too_large",
      `The request is larger than ${limits.maxApplicationBytes} bytes of files allow.`,
    );
  }

  const fields = new Map<string, string[]>();
  const uploads: StoredUpload[] = [];
  const rejections: UploadRejected[] = [];
  let budget: UploadBudget | null = null;
  let textBytes = 0;
  try {
    for await (const part of parseMultipart(inSlices(request.body, READ_BYTES), boundary, {
      maxParts: MAX_PARTS,
      maxHeaderBytes: 8 * 1024,
    })) {
      if (part.name === "attachments" && part.filename !== undefined) {
        // Browsers send an empty, nameless file part when no file was chosen.
        if (part.filename === "" || options.files === false) {
          await part.body.cancel();
          continue;
        }
        budget ??= new UploadBudget(limits, await options.alreadyHeld?.(fields));
        try {
          uploads.push(await storeUpload(env, part.body, part.filename, budget));
        } catch (error) {
          if (!(error instanceof UploadRejected)) throw error;
          rejections.push(error);
        }
        continue;
      }
      const text = await readPartText(part.body, MAX_FIELD_BYTES);
      textBytes += text.length;
      if (textBytes > MAX_TEXT_BYTES) throw new ApiError("payload_too_large", "The form fields are too large.");
      fields.set(part.name, [...(fields.get(part.name) ?? []), text]);
    }
  } catch (error) {
    await deleteUploads(env.ATTACHMENTS, uploads);
    if (error instanceof MultipartError)
      throw new ApiError("invalid_request", `Malformed multipart body: ${error.message}`);
    throw error;
  }
  return { fields, uploads, rejections };
}

export async function deleteUploads(bucket: R2Bucket, uploads: Pick<StoredUpload, "r2Key">[]): Promise<void> {
  if (uploads.length > 0) await bucket.delete(uploads.map((upload) => upload.r2Key));
}

import type { Context } from "hono";
import { ApiError } from "../errors";

export type FormBody = Record<string, string | File | (string | File)[]>;

/**
 * A small form's fields (`application/x-www-form-urlencoded` or multipart), every value as a list.
 * A body that is not a form, or a multipart body that does not parse, is the sender's error (4xx),
 * never ours.
 */
export async function readFormBody(c: Context): Promise<FormBody> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded" && type !== "multipart/form-data")
    throw new ApiError("unsupported_media_type", "Send the form as a web browser does.");
  try {
    return await c.req.parseBody({ all: true });
  } catch {
    throw new ApiError("invalid_request", "The form could not be read. Go back and send it again.");
  }
}

/** The first text value of a field, or undefined. */
export function formText(body: FormBody, name: string): string | undefined {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

/** Every text value of a field. */
export function formTexts(body: FormBody, name: string): string[] {
  const value = body[name];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (v): v is string => typeof v === "string",
  );
}

import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { issueText } from "./lib/i18n";

const statusByCode = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  gone: 410,
  idempotency_key_reused: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof statusByCode;
export type Issue = { path: string; message: string };

/** The one error type: its code decides the HTTP status, and every route answers it in one shape. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues?: Issue[];

  constructor(code: ErrorCode, message: string, issues?: Issue[]) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.issues = issues;
  }

  get status(): ContentfulStatusCode {
    return statusByCode[this.code];
  }
}

/** The one error shape. Issue messages that are dictionary keys are given in English. */
export function errorBody(error: ApiError, requestId: string) {
  return {
    error: {
      code: error.code,
      message: error.message,
      requestId,
      ...(error.issues
        ? { issues: error.issues.map((issue) => ({ path: issue.path, message: issueText("en", issue.message) })) }
        : {}),
    },
  };
}

/**
 * Any error as the one error type: ours as they are, Hono's HTTP exceptions (from its middleware)
 * by their status, anything else as an internal error with no details.
 */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException) {
    const code = (Object.keys(statusByCode) as ErrorCode[]).find((c) => statusByCode[c] === error.status);
    if (code)
      return new ApiError(code, code === "forbidden" ? "This request is not allowed from here." : error.message);
  }
  return new ApiError("internal_error", "Something went wrong. Nothing was stored; please try again.");
}

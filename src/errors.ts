import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { issueText, type Language, labelOf, messages } from "./lib/i18n";

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

type Refusals = (typeof messages)["en"]["staff"]["refusals"];

/**
 * A refusal worded from the catalogs' `staff.refusals`, so that a page can give it in its reader's
 * language; `status` names a case status as `staff.statuses` does (a case no longer there: "gone").
 */
export type Why = (t: Refusals, status: (status: string | undefined) => string) => string;

function wordsIn(lang: Language, why: Why): string {
  const { refusals, statuses } = messages[lang].staff;
  return why(refusals, (status) => (status ? labelOf(statuses, status) : refusals.gone));
}

/** The one error type: its code decides the HTTP status, and every route answers it in one shape. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly issues?: Issue[];
  /** How the message was worded, when it came from the catalogs (see `refused`). */
  readonly why?: Why;

  constructor(code: ErrorCode, message: string, issues?: Issue[], why?: Why) {
    super(message);
    this.name = "ApiError";
    this.code = code;
    this.issues = issues;
    this.why = why;
  }

  /** The message in `lang` when it came from the catalogs; else the API's own (English). */
  messageIn(lang: Language): string {
    return this.why ? wordsIn(lang, this.why) : this.message;
  }

  get status(): ContentfulStatusCode {
    return statusByCode[this.code];
  }
}

/** A refusal worded from the catalogs: the API answers it in English, a staff page in its reader's language. */
export function refused(code: ErrorCode, why: Why, issues?: Issue[]): ApiError {
  return new ApiError(code, wordsIn("en", why), issues, why);
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

import type * as z from "zod";
import type { Issue } from "../errors";
import { en } from "../i18n/en";
import { type Application, applicationSchema } from "../schemas/application";

const messageKeys = new Set(Object.keys(en.errors));

export type ParsedApplication = { ok: true; application: Application } | { ok: false; issues: Issue[] };

/** Validates an application (from the API or the form) into issues whose messages are `errors` keys. */
export function parseApplication(input: unknown): ParsedApplication {
  // reportInput lets a missing value ("required") be told from a wrong one.
  const result = applicationSchema.safeParse(input, { reportInput: true });
  return result.success ? { ok: true, application: result.data } : { ok: false, issues: issuesOf(result.error) };
}

function issuesOf(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({
    path: issue.path.join("."),
    message: issueKey(issue),
  }));
}

/** An issue's message as a key of the catalogs' `errors`: its own when it is one, else one for its kind. */
export function issueKey(issue: z.core.$ZodIssue): string {
  if (messageKeys.has(issue.message)) return issue.message;
  if (issue.code === "invalid_type") return issue.input === undefined ? "required" : "invalid_value";
  if (issue.code === "too_small") return "required";
  if (issue.code === "too_big") return "too_long";
  if (issue.code === "invalid_format") return issue.format === "date" ? "invalid_date" : "invalid_value";
  if (issue.code === "invalid_value") return "invalid_choice";
  return "invalid_value";
}

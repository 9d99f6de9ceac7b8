import { NonRetryableError } from "cloudflare:workflows";

const MARK = "case moved on";

/**
 * A workflow step found the case in another state than it expected: a person changed it first
 * (staff ended or moved it). Retrying cannot help, so the instance ends here.
 */
export class CaseMovedOn extends NonRetryableError {
  constructor(caseId: string, step: string) {
    super(`${MARK}: ${caseId} before "${step}"`, "CaseMovedOn");
  }
}

/** Errors reach the workflow through the engine, which keeps their message but not their class. */
export function isCaseMovedOn(error: unknown): boolean {
  return String(error).includes(MARK);
}

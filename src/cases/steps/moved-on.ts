import { NonRetryableError } from "cloudflare:workflows";

/**
 * A workflow step found the case in another state than it expected: a person changed it first
 * (staff ended or moved it). Retrying cannot help, so the instance ends here.
 */
export class CaseMovedOn extends NonRetryableError {
  constructor(caseId: string, step: string) {
    super(`case ${caseId} moved on before "${step}"`, "CaseMovedOn");
  }
}

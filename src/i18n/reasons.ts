import { type DeclineReasonCode, declineReasonCodes, type Language, languages } from "../db/schema";
import { messages } from "../lib/i18n";

/*
 * Kept only for src/lib/notify.ts, which is being changed on another branch: new code takes the
 * codes from db/schema and the texts from the catalogs (`messages[lang].declineReasons.text`).
 * Delete this file once notify.ts reads them there.
 */
export { declineReasonCodes };

export const declineReasonText = Object.fromEntries(
  languages.map((language) => [language, messages[language].declineReasons.text]),
) as Record<Language, Record<DeclineReasonCode, string>>;

import { and, eq, isNull, lt, or } from "drizzle-orm";
import * as z from "zod";
import type { Database } from "../db/client";
import { drafts } from "../db/schema";
import { sha256Hex } from "../lib/crypto";
import { normalizeResumeCode } from "../lib/ids";
import { sendMail } from "../lib/mail";
import { cleanText } from "../lib/text";
import { newToken } from "../lib/tokens";
import { type Draft, draftByResumeCode, draftMailId, touchDraft } from "./drafts";
import { composeDraftSaved } from "./messages/compose";

/**
 * Coming back to a saved application form: with the code written down, or the link emailed when
 * the person saved it and gave an email address.
 */

/**
 * The draft a typed resume code opens, kept another retention period from now; null for a code
 * that opens none, whether malformed, unknown or expired (the caller says the same for each).
 */
export async function resumeWithCode(env: Env, db: Database, typed: string): Promise<Draft | null> {
  const code = normalizeResumeCode(typed);
  if (!code) return null;
  const draft = await draftByResumeCode(env, db, code);
  if (!draft) return null;
  await touchDraft(db, draft.id);
  return draft;
}

/** A request that claimed the email and then stopped is taken over after this long. */
const CLAIM_MS = 10 * 60 * 1000;

export type ResumeMail = "sent" | "sending" | "no_email" | "failed";

/**
 * Emails the link back to the draft to the address typed in it, once per draft: one request claims
 * the message (a compare-and-set on the draft's row), sends it and records when and under which
 * provider id; a second save, or the same click twice, finds it claimed or sent and sends nothing.
 * A failed send releases the claim, so the next save tries again. Only the link's hash is kept.
 */
export async function emailResumeLink(env: Env, db: Database, draft: Draft): Promise<ResumeMail> {
  if (draft.resumeMailSent) return "sent";
  const to = submitterEmail(draft.fields);
  if (!to) return "no_email";
  const token = newToken();
  const now = Date.now();
  const claimed = await db
    .update(drafts)
    .set({ resumeMail: "sending", resumeMailAt: new Date(now), resumeLinkHash: await sha256Hex(token) })
    .where(
      and(
        eq(drafts.id, draft.id),
        or(
          isNull(drafts.resumeMail),
          and(eq(drafts.resumeMail, "sending"), lt(drafts.resumeMailAt, new Date(now - CLAIM_MS))),
        ),
      ),
    )
    .returning({ id: drafts.id });
  if (claimed.length === 0) return "sending";
  try {
    const message = await composeDraftSaved({
      language: draft.language,
      resumeUrl: new URL(`/resume/${token}`, env.PUBLIC_ORIGIN).toString(),
      keptUntil: draft.expiresAt.toISOString().slice(0, 10),
    });
    const { messageId } = await sendMail(env, {
      ...message,
      to,
      notificationId: draftMailId(draft.id),
      language: draft.language,
    });
    await db
      .update(drafts)
      .set({ resumeMail: "sent", resumeMailAt: new Date(), resumeMailMessageId: messageId })
      .where(eq(drafts.id, draft.id));
    return "sent";
  } catch (error) {
    await db.update(drafts).set({ resumeMail: null, resumeLinkHash: null }).where(eq(drafts.id, draft.id));
    // The draft's id only: the error may carry the address.
    console.error(`draft ${draft.id}: resume link not sent (${error instanceof Error ? error.name : "error"})`);
    return "failed";
  }
}

/** The submitter's email as typed in the draft, when it is one. */
function submitterEmail(fields: Map<string, string[]>): string | undefined {
  const typed = cleanText(fields.get("submitter.email")?.[0] ?? "").trim();
  const parsed = z.email().max(254).safeParse(typed);
  return parsed.success ? parsed.data : undefined;
}

import type { Database } from "../db/client";
import type { CapabilityToken } from "../lib/tokens";
import { recordEvent } from "./events";

/**
 * Every outside look at a case through an emailed link is on its record: a page opened, a file
 * downloaded. These only append to the event log; they change nothing about the case.
 *
 * What the data says is what is known. Mail scanners and link previews fetch links too, so an open
 * is a fetch, not proof that a person read the page: `userActivated` is true only when the browser
 * said the fetch followed a person's click or typing (`Sec-Fetch-User: ?1`, sent by current
 * browsers on such navigations and by no scanner we know of). No address of the client is stored,
 * in clear or hashed.
 */

type Link = Pick<CapabilityToken, "id" | "caseId" | "role" | "purpose" | "round" | "contactId" | "reviewerId">;

/** How the link was read: its page, or the JSON API (status links), or the holder's own page (reviewer, expert, partner). */
export type LookVia = "page" | "api" | "own_page";

function lookData(link: Link, request: Request, via: LookVia) {
  return {
    purpose: link.purpose,
    round: link.round,
    linkId: link.id,
    contactId: link.contactId,
    reviewerId: link.reviewerId,
    via,
    userActivated: request.headers.get("sec-fetch-user") === "?1",
  };
}

/** Records that the holder of `link` opened its page (or read it through the API). */
export async function recordLinkOpened(db: Database, link: Link, request: Request, via: LookVia = "page") {
  await recordEvent(db, link.caseId, { type: "link_opened", actor: link.role, data: lookData(link, request, via) });
}

/** Records that the holder of `link` downloaded one of the case's files through it. */
export async function recordFileDownloaded(
  db: Database,
  link: Link,
  attachmentId: string,
  request: Request,
  via: LookVia = "page",
) {
  await recordEvent(db, link.caseId, {
    type: "file_downloaded",
    actor: link.role,
    data: { ...lookData(link, request, via), attachmentId },
  });
}

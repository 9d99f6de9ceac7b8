import { asc, eq, inArray } from "drizzle-orm";
import type { Database } from "../db/client";
import { casesOfPerson } from "../db/queries/person";
import {
  caseEvents,
  caseNotifications,
  casePeople,
  loadStaffCase,
  possibleDuplicates,
  type StaffCase,
} from "../db/queries/staff-cases";
import { attachments, cases } from "../db/schema";
import { ApiError } from "../errors";
import { assertOrganization, canSeeOrganization, type Staff } from "../lib/staff-auth";
import { presentCase } from "../presenters/case";
import { presentEvent, presentNotification } from "../presenters/case-history";
import { recordEventOnCases } from "./events";

/**
 * Everything held about the person of a case, as a ZIP: of the one case, or of every case of the
 * person. The API streams it in the request (`GET /cases/{id}/export`, `…/person/export`); the
 * case page has it made in the background (`case` and `person` exports, src/cases/export-zip.ts).
 * Both hold the same document and the same files, named the same way.
 */

export type ArchiveKind = "case" | "person";

/** The case as the caller may see it: with the possible duplicates their organization allows. */
export async function caseDetail(db: Database, staff: Staff, kase: StaffCase) {
  return presentCase(staff, kase, await possibleDuplicates(db, kase.case.id));
}

/** The case (its id, reference and organization) if `staff` may see it; 404 or 403 if not. */
export async function visibleCase(db: Database, staff: Staff, caseId: string) {
  const [kase] = await db
    .select({ id: cases.id, reference: cases.reference, organizationId: cases.organizationId })
    .from(cases)
    .where(eq(cases.id, caseId));
  if (!kase) throw new ApiError("not_found", "No such case.");
  assertOrganization(staff, kase.organizationId);
  return kase;
}

/** The cases an archive of `kind` holds for `staff` (ids, this one first), and how many others the person has. */
export async function archiveCases(db: Database, staff: Staff, caseId: string, kind: ArchiveKind) {
  if (kind === "case") return { ids: [caseId], elsewhere: 0 };
  const person = await casesOfPerson(db, caseId);
  const visible = person.filter((p) => canSeeOrganization(staff, p.organizationId));
  return { ids: visible.map((p) => p.id), elsewhere: person.length - visible.length };
}

/**
 * Each case's event log records that `staff` took its data out, before the archive reads the log;
 * for an export made in the background, once per export (`exportId`) however often its step runs.
 */
export async function recordArchiveRead(
  db: Database,
  staff: Staff,
  kind: ArchiveKind,
  caseIds: string[],
  exportId?: string,
) {
  const view = kind === "case" ? "export" : "person-export";
  await recordEventOnCases(db, caseIds, {
    type: "viewed_by_staff",
    actor: staff.actor,
    data: exportId === undefined ? { view } : { view, export: exportId },
    once: exportId === undefined ? undefined : `export:${exportId}`,
  });
}

/**
 * The most an archive holds. Plain ZIP (no ZIP64) counts its entries in 16 bits and its offsets in
 * 32; and the list of entries travels in each step's output, which Workflows caps at 1 MiB (about
 * 100 bytes an entry). A person's cases' documents are far under the margin left for them.
 */
export const ARCHIVE_MAX_FILES = 5_000;
export const ARCHIVE_MAX_BYTES = 2 ** 32 - 256 * 1024 * 1024;

/** Refuses an archive of more files or bytes than one ZIP holds: each case can be exported on its own. */
export function checkArchiveFits(files: ArchiveFile[]): void {
  const bytes = files.reduce((sum, file) => sum + file.bytes, 0);
  if (files.length > ARCHIVE_MAX_FILES || bytes > ARCHIVE_MAX_BYTES)
    throw new ApiError(
      "payload_too_large",
      `One ZIP holds at most ${ARCHIVE_MAX_FILES} files and ${ARCHIVE_MAX_BYTES} bytes; these cases have ${files.length} files and ${bytes} bytes. Export each case on its own.`,
    );
}

/** The archive's file name, as the download gives it. */
export const archiveFileName = (kind: ArchiveKind, reference: string) =>
  kind === "case" ? `${reference}.zip` : `person-${reference}.zip`;

/** The archive's own document: `case.json`, or `person.json` with each case in it. */
export const documentName = (kind: ArchiveKind) => (kind === "case" ? "case.json" : "person.json");

/** A stored file's name in the archive; a person's archive puts each case's files under its reference. */
export function fileEntryName(kind: ArchiveKind, reference: string, file: { id: string; fileName: string }) {
  const name = `attachments/${file.id}-${file.fileName}`;
  return kind === "case" ? name : `${reference}/${name}`;
}

/** What an archive's document is about: when it was asked for, its cases, how many others the person has. */
export type ArchiveSubject = { kind: ArchiveKind; exportedAt: Date; caseIds: string[]; elsewhere: number };

/**
 * The parts a case's document is written in, each a step of its own: its record (the case as the
 * API presents it), then its history (its events and messages). Loading and presenting a whole
 * case took 7–11 ms of CPU, too close to the 10 ms a step gets on the Free plan.
 */
export const DOCUMENT_PARTS_PER_CASE = 2;

/**
 * `"key": value` as `JSON.stringify(…, null, 2)` writes it `depth` levels in. Only "\n" breaks
 * lines: JSON.stringify leaves U+2028 and U+2029 in strings as they are.
 */
function jsonMember(key: string, value: unknown, depth: number): string {
  const pad = "  ".repeat(depth);
  return `${pad}${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replaceAll("\n", `\n${pad}`)}`;
}

/**
 * Part `part` of the archive's document: for each of its cases in order, its record, then its
 * history. Together the parts are the document as `JSON.stringify(…, null, 2)` writes it:
 * `case.json` is `exportedAt` and the one case's `case`, `events` and `notifications`;
 * `person.json` is `exportedAt`, `elsewhere` and `cases`, a list of each case's three.
 */
export async function documentPart(
  env: Pick<Env, "DATA_KEYS">,
  db: Database,
  staff: Staff,
  subject: ArchiveSubject,
  part: number,
): Promise<string> {
  const n = Math.floor(part / DOCUMENT_PARTS_PER_CASE);
  const id = subject.caseIds[n] ?? "";
  const person = subject.kind === "person";
  const depth = person ? 3 : 1;
  if (part % DOCUMENT_PARTS_PER_CASE === 0) {
    const kase = await loadStaffCase(env, db, id);
    if (!kase) throw new ApiError("not_found", "A case of this archive was erased.");
    // Moved to an organization the staff member is not staff of since the archive began: not theirs now.
    assertOrganization(staff, kase.case.organizationId);
    const record = jsonMember("case", await caseDetail(db, staff, kase), depth);
    const exportedAt = jsonMember("exportedAt", subject.exportedAt.toISOString(), 1);
    if (!person) return `{\n${exportedAt},\n${record}`;
    const opening =
      n === 0 ? `{\n${exportedAt},\n${jsonMember("elsewhere", subject.elsewhere, 1)},\n  "cases": [\n` : ",\n";
    return `${opening}    {\n${record}`;
  }
  await visibleCase(db, staff, id);
  const people = await casePeople(db, id);
  // The export's events go without their ids, which only number the log.
  const events = (await caseEvents(db, id)).map((event) => {
    const { id: _, ...presented } = presentEvent(event, people);
    return presented;
  });
  const notifications = (await caseNotifications(db, id)).map((one) => presentNotification(one, people));
  const history = `,\n${jsonMember("events", events, depth)},\n${jsonMember("notifications", notifications, depth)}`;
  if (!person) return `${history}\n}`;
  return `${history}\n    }${n === subject.caseIds.length - 1 ? "\n  ]\n}" : ""}`;
}

/** Files whose rows a statement reads at once: D1 binds at most 100 parameters to a statement. */
const IDS_PER_STATEMENT = 90;

export type ArchiveFile = { id: string; r2Key: string; name: string; bytes: number };

/**
 * The stored files of `ids` (cases' or files' own, as `by` says), named as an archive of `kind`
 * names them, with their cases, oldest first: 90 ids to a statement.
 */
async function archiveFileRows(db: Database, kind: ArchiveKind, by: "case" | "file", ids: string[]) {
  const rows = [];
  for (let i = 0; i < ids.length; i += IDS_PER_STATEMENT) {
    const found = await db
      .select({
        id: attachments.id,
        caseId: attachments.caseId,
        r2Key: attachments.r2Key,
        fileName: attachments.fileName,
        bytes: attachments.size,
        reference: cases.reference,
        organizationId: cases.organizationId,
      })
      .from(attachments)
      .innerJoin(cases, eq(cases.id, attachments.caseId))
      .where(inArray(by === "case" ? attachments.caseId : attachments.id, ids.slice(i, i + IDS_PER_STATEMENT)))
      .orderBy(asc(attachments.createdAt), asc(attachments.id));
    for (const row of found) rows.push({ ...row, name: fileEntryName(kind, row.reference, row) });
  }
  return rows;
}

/** The stored files of the archive's cases: case by case, each case's in the order it got them. */
export async function archiveFiles(db: Database, kind: ArchiveKind, caseIds: string[]): Promise<ArchiveFile[]> {
  const byCase = new Map<string, ArchiveFile[]>(caseIds.map((id) => [id, []]));
  for (const { id, caseId, r2Key, name, bytes } of await archiveFileRows(db, kind, "case", caseIds))
    byCase.get(caseId ?? "")?.push({ id, r2Key, name, bytes });
  return [...byCase.values()].flat();
}

/** The names of stored files in an archive of `kind`, by id, and their cases' organizations, read from D1 (a file erased since is missing). */
export async function archiveNames(db: Database, kind: ArchiveKind, fileIds: string[]) {
  return new Map((await archiveFileRows(db, kind, "file", fileIds)).map((row) => [row.id, row]));
}

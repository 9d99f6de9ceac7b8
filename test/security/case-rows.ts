import { expect } from "vitest";
import { countRows } from "../helpers";

/** Tables that hold a case's rows, by the column naming the case. */
const CASE_TABLES = [
  ["cases", "id"],
  ["contacts", "case_id"],
  ["attachments", "case_id"],
  ["capability_tokens", "case_id"],
  ["notifications", "case_id"],
  ["events", "case_id"],
  ["assignments", "case_id"],
  ["decisions", "case_id"],
  ["responses", "case_id"],
  ["screenings", "case_id"],
  ["person_keys", "case_id"],
  ["search_terms", "case_id"],
  ["case_keys", "case_id"],
  ["webhook_deliveries", "case_id"],
  ["staff_messages", "case_id"],
  ["correspondence", "case_id"],
  ["notes", "case_id"],
  ["tasks", "case_id"],
] as const;

/** How many rows of each table name the case. */
export async function rowsOf(caseId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, column] of CASE_TABLES) counts[table] = await countRows(table, `${column} = ?`, caseId);
  return counts;
}

/** The entries of a stored ZIP, read from its central directory: each name, its bytes and its CRC-32. */
export function zipEntries(bytes: Uint8Array): { name: string; data: Uint8Array; crc: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.byteLength - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: { name: string; data: Uint8Array; crc: number }[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const dataStart = local + 30 + view.getUint16(local + 26, true);
    entries.push({ name, data: bytes.subarray(dataStart, dataStart + size), crc });
    at += 46 + nameLength;
  }
  return entries;
}

/** The entries of a stored ZIP, by name. */
export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(zipEntries(bytes).map(({ name, data }) => [name, data]));
}

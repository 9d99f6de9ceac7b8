import { isOneOf } from "./is-one-of";

/** The HTML id of the input named by a JSON path: `contacts.0.email` → `f-contacts-0-email`. */
export function fieldId(name: string): string {
  return `f-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** Form fields that carry yes/no answers as "true"/"false". */
const BOOLEAN_KEYS = new Set([
  "inCustody",
  "currentlyRepresented",
  "mayContact",
  "notify",
  "dataProcessing",
  "contactPeopleNamed",
]);
/** Form fields that may be sent several times (a group of checkboxes). */
const LIST_FIELDS = new Set(["claim.evidenceTypes"]);
/** Repeated blocks on the form; a block left empty is not an entry. */
const BLOCK_LISTS = ["lawyers", "contacts"] as const;
const BLOCK_CONTENT_KEYS = ["name", "email", "phone", "relationship"];
/** Fields of the page itself, not of the application. */
const FORM_ONLY_FIELDS = new Set(["submissionId", "heldAttachments", "duplicatesSeen"]);

export type FormApplication = {
  /** The application object to validate with the shared schema. */
  input: Record<string, unknown>;
  /** Maps a JSON path from a validation issue back to the name of the form field that holds it. */
  fieldName: (path: string) => string;
};

/**
 * Turns form fields named by JSON path into the application object the API takes, so one schema
 * validates both. Empty lawyer and contact blocks are dropped, and their indexes remembered so
 * errors land on the block the person filled in.
 */
export function formToApplication(values: Map<string, string[]>): FormApplication {
  const input: Record<string, unknown> = { submitter: {}, applicant: {}, conviction: {}, claim: {}, consent: {} };
  const blocks = new Map<string, Map<number, Record<string, unknown>>>();

  for (const [name, all] of values) {
    if (FORM_ONLY_FIELDS.has(name)) continue;
    const segments = name.split(".");
    const value = LIST_FIELDS.has(name) ? all : fieldValue(segments.at(-1) ?? "", all[0] ?? "");
    const [head, second, ...rest] = segments;
    if (head === undefined) continue;
    if (isOneOf(BLOCK_LISTS, head) && second !== undefined && /^\d{1,2}$/.test(second) && rest.length > 0) {
      const list = blocks.get(head) ?? new Map<number, Record<string, unknown>>();
      blocks.set(head, list);
      const entry = list.get(Number(second)) ?? {};
      list.set(Number(second), entry);
      setPath(entry, rest, value);
    } else if (!isOneOf(BLOCK_LISTS, head)) {
      setPath(input, segments, value);
    }
  }

  const indexMaps = new Map<string, number[]>();
  for (const list of BLOCK_LISTS) {
    const filled = [...(blocks.get(list) ?? new Map<number, Record<string, unknown>>())]
      .filter(([, entry]) => BLOCK_CONTENT_KEYS.some((key) => typeof entry[key] === "string" && entry[key] !== ""))
      .sort(([a], [b]) => a - b);
    input[list] = filled.map(([, entry]) => entry);
    indexMaps.set(
      list,
      filled.map(([formIndex]) => formIndex),
    );
  }

  const fieldName = (path: string) => {
    const [head, index, ...rest] = path.split(".");
    const formIndex = head && index !== undefined ? indexMaps.get(head)?.[Number(index)] : undefined;
    return formIndex === undefined ? path : [head, formIndex, ...rest].join(".");
  };
  return { input, fieldName };
}

function fieldValue(key: string, raw: string): unknown {
  if (!BOOLEAN_KEYS.has(key)) return raw;
  if (raw === "true") return true;
  if (raw === "false") return false;
  return undefined;
}

// A crafted field name such as `__proto__.x` must not reach Object.prototype.
const UNSAFE_SEGMENTS = new Set(["__proto__", "constructor", "prototype"]);

function setPath(target: Record<string, unknown>, segments: string[], value: unknown) {
  if (segments.some((segment) => UNSAFE_SEGMENTS.has(segment))) return;
  let node = target;
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment];
    if (typeof next === "object" && next !== null && !Array.isArray(next)) {
      node = next as Record<string, unknown>;
    } else {
      const created: Record<string, unknown> = {};
      node[segment] = created;
      node = created;
    }
  }
  const last = segments.at(-1);
  if (last !== undefined) node[last] = value;
}

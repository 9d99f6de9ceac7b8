import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { MAX_SEARCH_WORDS } from "../../src/lib/search-terms";
import {
  accessJwt,
  addStaffMember,
  asAccess,
  postApplication,
  requestWith,
  runDailyJob,
  STAFF_TOKEN,
  staffRequest,
  validApplication,
  waitUntil,
} from "../helpers";
import { expectInvalid, expectJson, shapes } from "../http";

/** Letters only, so each run's names are words of their own that no other test's case has. */
const tag = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => String.fromCharCode(97 + (b % 26))).join("");

async function submit(overrides: Record<string, unknown>) {
  return expectJson(await postApplication(validApplication(overrides)), 201, shapes.createdCase);
}

/** The ids the queue lists for `query`, as network staff (or as `init` says). */
async function found(query: Record<string, string>, init?: RequestInit): Promise<string[]> {
  const response = await staffRequest(`/api/v1/cases?${new URLSearchParams(query)}`, init);
  const page = await expectJson(response, 200, shapes.queuePage, JSON.stringify(query));
  return page.cases.map((item) => item.id);
}

const search = (q: string, init?: RequestInit) => found({ q }, init);

async function ukStaff(): Promise<RequestInit> {
  const identity = `search-${tag()}@demo-uk.example.org`;
  await addStaffMember(identity, "org-demo-uk");
  return asAccess(await accessJwt({ email: identity }));
}

/** One case at demo-pa whose every key a search can find it by. */
let pa: { id: string; reference: string };
let surname: string;
let given: string;
let family: string;

beforeAll(async () => {
  surname = `Muñoz${tag()}`;
  given = `Ángela${tag()}`;
  family = `Ørsted${tag()}`;
  pa = await submit({
    submitter: { role: "family", name: `Łucja ${family}`, email: "Lucja.Family@Example.org", language: "es" },
    applicant: {
      name: `${given} ${surname}-García`,
      otherNames: `Angie O’Brien${surname}`,
      prisonNumber: "KX-00912",
      inCustody: true,
    },
    conviction: {
      jurisdiction: "US-PA",
      offenses: "Robbery",
      caseNumber: "CP-51-CR-0004471-2009",
      trialOrPlea: "trial",
    },
    lawyers: [{ role: "current", name: "Ann Counsel", email: `counsel-${surname.slice(-6)}@lawfirm.example.com` }],
  });
});

const plain = (word: string) => word.normalize("NFKD").replace(/\p{M}/gu, "").replace("Ø", "O").replace("Ł", "L");

describe("search: GET /api/v1/cases?q=", () => {
  it("finds a case by its reference, in any letter case and with spaces for dashes", async () => {
    expect(await search(pa.reference)).toEqual([pa.id]);
    expect(await search(pa.reference.toLowerCase())).toEqual([pa.id]);
    expect(await search(` ${pa.reference.replaceAll("-", " ")} `)).toEqual([pa.id]);
  });

  it("finds it by the applicant's name: accents, letter case and word order aside", async () => {
    expect(await search(`${given} ${surname}-García`)).toEqual([pa.id]);
    expect(await search(`${plain(surname).toUpperCase()} garcia ${plain(given).toLowerCase()}`)).toEqual([pa.id]);
    expect(await search(plain(surname).toLowerCase())).toEqual([pa.id]);
    // Other names too, with the apostrophe or without.
    expect(await search(`angie obrien${plain(surname)}`)).toEqual([pa.id]);
  });

  it("finds it by the submitter's name, letters NFKD does not split (Ł, Ø) typed plainly", async () => {
    expect(await search(`lucja ${plain(family)}`)).toEqual([pa.id]);
    expect(await search(`${family} Łucja`)).toEqual([pa.id]);
  });

  it("finds it by the prison number and the court case number, with or without dashes and leading zeros", async () => {
    for (const number of ["KX-00912", "kx912", "KX 0912", "CP-51-CR-0004471-2009", "cp51cr44712009"])
      expect(await search(number), number).toEqual([pa.id]);
  });

  it("finds it by an email address of the people it names, in any letter case", async () => {
    expect(await search("lucja.family@example.org")).toEqual(expect.arrayContaining([pa.id]));
    expect(await search(`COUNSEL-${surname.slice(-6).toUpperCase()}@LAWFIRM.EXAMPLE.COM`)).toEqual([pa.id]);
  });

  it("finds nothing for a partial or partly wrong search", async () => {
    for (const q of [
      plain(surname).slice(0, -1), // a word cut short
      `${plain(given)} ${plain(surname)}x`, // one word right, one wrong
      `${plain(given)} ${plain(surname)} Smith`, // every name word and one more
      "KX-0091", // a number cut short
      "CP-51-CR-0004471", // part of the case number
      `counsel-${surname.slice(-6)}@lawfirm.example`, // an email address cut short
      pa.reference.slice(0, -1) + (pa.reference.endsWith("Z") ? "Y" : "Z"), // another reference
      "—", // nothing to search by
    ])
      expect(await search(q), q).toEqual([]);
  });

  it("combines with the queue's filters and pages", async () => {
    const again = await submit({ applicant: { name: `${given} ${surname}`, prisonNumber: "KX-5" } });
    expect(await search(plain(given))).toEqual([again.id, pa.id]);
    expect(await found({ q: plain(given), status: "declined" })).toEqual([]);
    expect(await found({ q: plain(given), organization: "demo-uk" })).toEqual([]);
    const first = await expectJson(
      await staffRequest(`/api/v1/cases?q=${encodeURIComponent(given)}&limit=1`),
      200,
      shapes.queuePage,
    );
    expect(first.cases.map((c) => c.id)).toEqual([again.id]);
    expect(
      await found({ q: given, limit: "1", cursor: first.nextCursor ?? "" }),
      "the second page of the same search",
    ).toEqual([pa.id]);
  });

  it("shows staff of an organization only their own cases, whatever they search", async () => {
    const asUk = await ukStaff();
    for (const q of [pa.reference, `${given} ${surname}`, "KX-00912", "lucja.family@example.org"])
      expect(await search(q, asUk), q).toEqual([]);
    const uk = await submit({
      organization: "demo-uk",
      applicant: { name: `${given} ${surname}`, prisonNumber: "A1234BC" },
      conviction: { jurisdiction: "GB", offenses: "Robbery", trialOrPlea: "trial" },
    });
    expect(await search(`${given} ${surname}`, asUk)).toEqual([uk.id]);
    expect(await search(`${given} ${surname}`)).toEqual(expect.arrayContaining([uk.id, pa.id]));
  });

  it("a case routed to another organization is found by that organization's staff", async () => {
    const name = `Routed ${tag()}`;
    const routed = await submit({
      organization: "demo-pa",
      applicant: { name, prisonNumber: "GB-77" },
      conviction: { jurisdiction: "GB", offenses: "Robbery", trialOrPlea: "trial" },
    });
    await waitUntil("the case to be routed to demo-uk", async () => {
      const row = await env.DB.prepare("SELECT organization_id FROM cases WHERE id = ?")
        .bind(routed.id)
        .first<string>("organization_id");
      return row === "org-demo-uk" ? true : undefined;
    });
    expect(await search(name, await ukStaff())).toEqual([routed.id]);
  });

  it(`refuses more than ${MAX_SEARCH_WORDS} words, or a search too long, with a 400 that says why`, async () => {
    const words = Array.from({ length: MAX_SEARCH_WORDS + 1 }, (_, n) => `word${n}`).join(" ");
    const refused = await expectInvalid(await staffRequest(`/api/v1/cases?q=${encodeURIComponent(words)}`), ["q"]);
    expect(refused.error.issues?.[0]?.message).toBe(
      `Search with at most ${MAX_SEARCH_WORDS} words at once (this search has ${MAX_SEARCH_WORDS + 1}).`,
    );
    const most = Array.from({ length: MAX_SEARCH_WORDS }, (_, n) => `word${n}`).join(" ");
    expect(await search(most)).toEqual([]);
    await expectInvalid(await staffRequest(`/api/v1/cases?q=${"a".repeat(201)}`), ["q"]);
  });
});

describe("the blind index", () => {
  it("holds keyed hashes only, which a Worker with another key cannot match", async () => {
    const { results } = await env.DB.prepare("SELECT * FROM search_terms WHERE case_id = ?")
      .bind(pa.id)
      .all<Record<string, unknown>>();
    // The words of three names (given, surname, garcia; angie, obrien…; lucja, family), the
    // submitter's, the lawyer's and the supporter's emails, the prison and case numbers.
    expect(results.length).toBe(12);
    for (const row of results) {
      expect(row).toEqual({ case_id: pa.id, organization_id: "org-demo-pa", term_hash: expect.any(String) });
      // 128 bits as hex: no room for a letter of a name beyond "f", nor for an "@".
      expect(row.term_hash).toMatch(/^[0-9a-f]{32}$/);
    }
    const name = `${given} ${surname}`;
    expect(await search(name)).toContain(pa.id);
    const elsewhere = await requestWith(
      { PERSON_HASH_KEY: "a-key-someone-guessed" },
      `/api/v1/cases?q=${encodeURIComponent(name)}`,
      {
        headers: { Authorization: `Bearer ${STAFF_TOKEN}` },
      },
    );
    expect((await expectJson(elsewhere, 200, shapes.queuePage)).cases).toEqual([]);
  });

  it("the daily job writes the terms of a case that has none (made before the search existed)", async () => {
    const name = `Before ${tag()}`;
    const old = await submit({ applicant: { name, prisonNumber: "OLD-1" } });
    await env.DB.batch([
      env.DB.prepare("DELETE FROM search_terms WHERE case_id = ?").bind(old.id),
      env.DB.prepare("UPDATE cases SET search_terms_version = 0 WHERE id = ?").bind(old.id),
    ]);
    expect(await search(name)).toEqual([]);
    await runDailyJob();
    expect(await search(name)).toEqual([old.id]);
    expect(await search("old-1")).toEqual([old.id]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { MAX_SEARCH_WORDS } from "../../src/lib/search-terms";
import { accessJwt, addStaffMember, postApplication, validApplication } from "../helpers";
import { expectJson, expectText, shapes } from "../http";
import { exportThroughPages } from "../staff/exporting";
import { page } from "./staff-forms";

const tag = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => String.fromCharCode(97 + (b % 26))).join("");

async function submit(name: string, overrides: Record<string, unknown> = {}) {
  const base = validApplication();
  return expectJson(
    await postApplication(validApplication({ applicant: { ...base.applicant, name }, ...overrides })),
    201,
    shapes.createdCase,
  );
}

/** The table rows (after the header) of a queue page. */
const rowsOf = (html: string) => html.split("<tr>").slice(2);

let surname: string;
let first: { id: string; reference: string };
let second: { id: string; reference: string };
let other: { id: string; reference: string };

beforeAll(async () => {
  surname = `Pérez${tag()}`;
  first = await submit(`José ${surname}`);
  second = await submit(`Ana ${surname}`);
  other = await submit(`Someone ${tag()}`);
});

describe("the search box on the queue (/staff)", () => {
  it("is a plain GET form field beside the filters, with a hint, that works with JavaScript off", async () => {
    const html = await expectText(await page("/staff"), 200);
    const form = html.slice(html.indexOf('<form method="get" action="/staff"'), html.indexOf("</form>"));
    expect(form).toContain('<label for="f-q">Search</label>');
    expect(form).toMatch(/<input type="search" id="f-q" name="q" value="" aria-describedby="f-q-hint"\/?>/);
    expect(form).toContain('id="f-q-hint"');
    expect(form).toContain('name="status"');
    expect(html).not.toContain("<script");
  });

  it("shows the cases found, accents and order aside, keeps what was typed, and carries it to the CSV", async () => {
    const typed = `${surname.normalize("NFKD").replace(/\p{M}/gu, "").toUpperCase()} jose`;
    const html = await expectText(await page(`/staff?q=${encodeURIComponent(typed)}`), 200);
    const rows = rowsOf(html);
    expect(rows.length).toBe(1);
    expect(rows[0]).toContain(first.reference);
    expect(rows[0]).toContain(`José ${surname}`);
    expect(html).not.toContain(second.reference);
    expect(html).toContain(`value="${typed}"`);
    expect(html).toContain(`Cases found for “${typed}”, newest first: 1 shown`);
    // The export button carries the search.
    expect(html).toContain(`<input type="hidden" name="q" value="${typed}"/>`);

    const { csv } = await exportThroughPages({ kind: "cases", q: surname });
    const lines = csv.trim().split("\r\n");
    expect(lines.length).toBe(3);
    expect(lines[1]).toContain(second.id);
    expect(lines[2]).toContain(first.id);
    expect(csv).not.toContain(other.id);
  });

  it("combines with the filters, pages with the search kept, and says when nothing matches", async () => {
    const firstPage = await expectText(await page(`/staff?q=${encodeURIComponent(surname)}&limit=1`), 200);
    expect(rowsOf(firstPage).join("")).toContain(second.reference);
    const next = /<a rel="next" href="([^"]+)"/.exec(firstPage)?.[1]?.replaceAll("&amp;", "&");
    expect(next).toMatch(/^\/staff\?q=.+&limit=1&cursor=/);
    const nextPage = await expectText(await page(next ?? ""), 200);
    expect(rowsOf(nextPage).join("")).toContain(first.reference);

    const none = await expectText(await page(`/staff?q=${encodeURIComponent(surname)}&status=declined`), 200);
    expect(none).toContain("No case matches this search and these filters.");
    const byReference = await expectText(await page(`/staff?q=${other.reference.toLowerCase()}`), 200);
    expect(rowsOf(byReference).join("")).toContain(other.reference);
  });

  it("shows staff of an organization nothing of another organization's cases", async () => {
    const identity = `search-page-${tag()}@demo-uk.example.org`;
    await addStaffMember(identity, "org-demo-uk");
    const asUk = { "Cf-Access-Jwt-Assertion": await accessJwt({ email: identity }) };
    for (const q of [surname, first.reference]) {
      const html = await expectText(await page(`/staff?q=${encodeURIComponent(q)}`, asUk), 200);
      expect(html).toContain("No case matches this search and these filters.");
      expect(rowsOf(html)).toEqual([]);
      expect(html).not.toContain(first.id);
      expect(html).not.toContain(`José ${surname}`);
    }
  });

  it(`too many words is a 400 page that says so next to the field`, async () => {
    const words = Array.from({ length: MAX_SEARCH_WORDS + 1 }, (_, n) => `w${n}`).join(" ");
    const html = await expectText(await page(`/staff?q=${encodeURIComponent(words)}`), 400);
    const message = `Search with at most ${MAX_SEARCH_WORDS} words at once (this search has ${MAX_SEARCH_WORDS + 1}).`;
    expect(html).toContain(`<a href="#f-q">${message}</a>`);
    expect(html).toContain(`<p class="error-message" id="f-q-error">${message}</p>`);
    expect(html).toMatch(/<input type="search" id="f-q" name="q" value="w0 [^"]*" aria-invalid="true"/);
    expect(html).toContain('aria-describedby="f-q-hint f-q-error"');
  });
});

import { introspectWorkflow } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  accessJwt,
  addStaffMember,
  countRows,
  r2Keys,
  request,
  runDailyJob,
  staffJson,
  staffRequest,
} from "../helpers";
import { expectError, expectInvalid, expectJson, expectStatus, expectText, shapes } from "../http";
import { newCase, page, postForm } from "../pages/staff-forms";
import {
  apiQueue,
  expectRowsOfApi,
  exportThroughApi,
  exportThroughPages,
  parseCsv,
  QUEUE_CSV_HEADER,
} from "./exporting";

const ukConviction = { jurisdiction: "GB", offenses: "Murder", trialOrPlea: "trial", appealStatus: "none" };
const DAY_MS = 86_400_000;

/** Staff of an organization, signed in through Cloudflare Access, as page and form headers. */
async function organizationStaff(organizationId: string) {
  const identity = `exports-${crypto.randomUUID().slice(0, 8)}@${organizationId}.example.org`;
  await addStaffMember(identity, organizationId);
  return { Authorization: "", "Cf-Access-Jwt-Assertion": await accessJwt({ email: identity }) };
}

describe("the queue's CSV has the API's rows and values", () => {
  it("for each filter, with quotes, line breaks, overdue and tasks as the API gives them", async () => {
    const late = await newCase();
    await env.DB.prepare("UPDATE assignments SET due_at = ? WHERE case_id = ? AND status = 'open'")
      .bind(Date.now() - DAY_MS, late.id)
      .run();
    const withdrawn = await newCase({}, 'O\'Brien, "Danny"\nJr.');
    await postForm(`/staff/cases/${withdrawn.id}/withdraw`, { confirm: "yes" });
    await newCase({ organization: "demo-uk", conviction: ukConviction });

    const filterSets: Record<string, string>[] = [
      { organization: "demo-pa" },
      { status: "withdrawn,in_review" },
      { overdue: "true" },
      {},
    ];
    for (const filters of filterSets) {
      const { csv } = await exportThroughPages({ kind: "cases", ...filters });
      const [head, ...rows] = parseCsv(csv);
      expect(head?.join(",")).toBe(QUEUE_CSV_HEADER);
      expectRowsOfApi(rows, await apiQueue(new URLSearchParams(filters).toString()), JSON.stringify(filters));
    }
    const { csv, download } = await exportThroughPages({ kind: "cases", organization: "demo-pa" });
    expect(download.headers.get("Content-Disposition")).toBe("attachment; filename*=UTF-8''cases.csv");
    const all = parseCsv(csv);
    expect(all.find((row) => row[0] === late.id)?.slice(9, 13)).toEqual([
      expect.stringMatching(/T/),
      "true",
      "false",
      "0",
    ]);
    expect(all.find((row) => row[0] === late.id)?.slice(-2)).toEqual(["", ""]);
    expect(all.find((row) => row[0] === withdrawn.id)?.[6]).toBe('O\'Brien, "Danny"\nJr.');
  }, 120_000);

  it("neutralises a cell that a spreadsheet would run as a formula", async () => {
    const name = '=HYPERLINK("http://evil.example","click")';
    const kase = await newCase({}, name);
    const { csv } = await exportThroughPages({ kind: "cases", organization: "demo-pa" });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(parseCsv(csv).find((cells) => cells[0] === kase.id)?.[6]).toBe(`'${name}`);
  });

  it("the queue page's button carries its filters; an old CSV link asks before it starts anything", async () => {
    const queue = await expectText(await page("/staff?organization=demo-pa&overdue=true&limit=1"), 200);
    const form = queue.slice(queue.indexOf('<form method="post" action="/staff/exports"'));
    expect(form).toContain('<input type="hidden" name="kind" value="cases"/>');
    expect(form).toContain('<input type="hidden" name="organization" value="demo-pa"/>');
    expect(form).toContain('<input type="hidden" name="overdue" value="true"/>');
    expect(form.slice(0, form.indexOf("</form>"))).not.toContain('name="limit"');

    const before = await countRows("export_jobs");
    const old = await expectText(await page("/staff/cases.csv?organization=demo-pa"), 200);
    expect(old).toContain("Cases (organization: demo-pa)");
    expect(old).toContain('<input type="hidden" name="organization" value="demo-pa"/>');
    expect(await countRows("export_jobs")).toBe(before);

    const invalid = await page("/staff/cases.csv?submittedTo=yesterday");
    expect(await expectText(invalid, 400)).toContain("Enter the last day as a date");
    expect(invalid.headers.get("Content-Type")).toMatch(/^text\/html/);
  });
});

describe("who may download an export", () => {
  it("staff of the organization that asked, and network staff; never another organization's", async () => {
    await newCase();
    const pa = await organizationStaff("org-demo-pa");
    const paColleague = await organizationStaff("org-demo-pa");
    const uk = await organizationStaff("org-demo-uk");

    const theirs = await exportThroughPages({ kind: "cases" }, pa);
    // Organization staff export their own organization's cases only, whatever the filters say.
    expect(
      parseCsv(theirs.csv)
        .slice(1)
        .every((row) => row[2] === "demo-pa"),
    ).toBe(true);
    expect(parseCsv(theirs.csv).length).toBeGreaterThan(1);

    await expectStatus(await page(`/staff/exports/${theirs.id}/file`, paColleague), 200);
    await expectStatus(await page(`/staff/exports/${theirs.id}/file`), 200);
    for (const path of [`/staff/exports/${theirs.id}`, `/staff/exports/${theirs.id}/file`]) {
      const refused = await expectText(await page(path, uk), 403, path);
      expect(refused).not.toContain("demo-pa");
    }
    await expectError(await request(`/api/v1/exports/${theirs.id}/file`, { headers: uk }), 403, "forbidden");
    await expectError(await request(`/api/v1/exports/${theirs.id}`, { headers: uk }), 403, "forbidden");
    const ukList = await expectJson(await request("/api/v1/exports", { headers: uk }), 200, shapes.exports);
    expect(ukList.exports.map((e) => e.id)).not.toContain(theirs.id);
    expect(await expectText(await page("/staff/exports", uk), 200)).not.toContain(theirs.id);

    // A network export may hold every organization's cases: network staff only.
    const network = await exportThroughPages({ kind: "cases" });
    await expectError(await request(`/api/v1/exports/${network.id}/file`, { headers: pa }), 403, "forbidden");

    // Each download is on record, by whom; and nobody signed out gets anything.
    expect(await countRows("export_downloads", "export_id = ?", theirs.id)).toBe(3);
    expect(await countRows("export_downloads", "export_id = ? AND actor = 'staff:api-token'", theirs.id)).toBe(1);
    expect(await countRows("export_downloads", "export_id = ?", network.id)).toBe(1);
    await expectStatus(await page(`/staff/exports/${theirs.id}/file`, {}), 401);
    const listed = await expectText(await page("/staff/exports", pa), 200);
    expect(listed).toContain(`href="/staff/exports/${theirs.id}"`);
    expect(listed).not.toContain(network.id);
  });
});

describe("report tables' CSVs", () => {
  it("are made the same way, with the report's figures, and refuse another organization's", async () => {
    await newCase();
    const today = new Date().toISOString().slice(0, 10);
    const { csv, download } = await exportThroughPages({
      kind: "report",
      table: "sources",
      from: today,
      to: today,
      organization: "demo-pa",
    });
    expect(download.headers.get("Content-Disposition")).toBe(
      `attachment; filename*=UTF-8''sources-${today}-${today}.csv`,
    );
    const report = await expectJson<{ applications: { bySource: { source: string; count: number }[] } }>(
      await staffRequest(`/api/v1/reports?from=${today}&to=${today}&organization=demo-pa`),
      200,
    );
    expect(report.applications.bySource.length).toBeGreaterThan(0);
    expect(csv).toBe(
      `source,applications\r\n${report.applications.bySource.map((r) => `${r.source},${r.count}\r\n`).join("")}`,
    );

    const uk = await organizationStaff("org-demo-uk");
    const refused = await postForm("/staff/exports", { kind: "report", table: "sources", organization: "demo-pa" }, uk);
    await expectStatus(refused, 403);
    const unknown = await staffJson("/api/v1/exports", "POST", { kind: "report", filters: { table: "salaries" } });
    await expectInvalid(unknown, ["table"]);
  });
});

describe("asking through the API", () => {
  it("refuses filters the queue would refuse, and an unknown kind", async () => {
    await expectInvalid(
      await staffJson("/api/v1/exports", "POST", { kind: "cases", filters: { submittedTo: "yesterday" } }),
      ["submittedTo"],
    );
    await expectInvalid(await staffJson("/api/v1/exports", "POST", { kind: "everything" }), ["kind"]);
    await expectError(await staffRequest("/api/v1/exports/no-such-export"), 404, "not_found");
  });
});

describe("a step that fails", () => {
  it("once is retried, and the file still has every row once", async () => {
    await newCase();
    await using workflows = await introspectWorkflow(env.EXPORT_JOB);
    await workflows.modifyAll(async (m) => {
      await m.disableRetryDelays();
      await m.mockStepError({ name: "page from row 0" }, new Error("D1 unavailable"), 1);
    });
    const { csv } = await exportThroughPages({ kind: "cases", organization: "demo-pa" });
    const [, ...rows] = parseCsv(csv);
    expectRowsOfApi(rows, await apiQueue("organization=demo-pa"));
  });

  it("for good leaves a failed export, nothing in R2, and a way to ask again", async () => {
    await using workflows = await introspectWorkflow(env.EXPORT_JOB);
    await workflows.modifyAll(async (m) => {
      await m.disableRetryDelays();
      await m.mockStepError({ name: "page from row 0" }, new Error("D1 unavailable"), 100);
    });
    const asked = await postForm("/staff/exports", { kind: "cases", organization: "demo-uk" });
    await expectStatus(asked, 303);
    const location = asked.headers.get("Location") ?? "";
    const id = location.split("/").pop() ?? "";
    const [instance] = await workflows.get();
    await instance?.waitForStatus("errored");
    const html = await expectText(await page(location), 200);
    expect(html).toContain("This export failed and nothing was kept. Ask for it again.");
    expect(html).not.toContain('http-equiv="refresh"');
    expect(html).toContain('href="/staff/cases.csv?organization=demo-uk">Export it again</a>');
    await expectError(await staffRequest(`/api/v1/exports/${id}/file`), 409, "conflict");
    expect((await r2Keys()).filter((key) => key.startsWith(`exports/${id}/`))).toEqual([]);
  });
});

describe("the daily job", () => {
  it("removes export files a day after they were asked for, and keeps the record", async () => {
    const old = await exportThroughApi("cases", { organization: "demo-uk" });
    await runDailyJob(Date.now());
    // Not yet a day old: still there.
    await expectStatus(await staffRequest(`/api/v1/exports/${old.job.id}/file`), 200);

    await runDailyJob(Date.now() + DAY_MS + 60_000);
    expect((await r2Keys()).filter((key) => key.startsWith(`exports/${old.job.id}/`))).toEqual([]);
    const expired = await expectJson(await staffRequest(`/api/v1/exports/${old.job.id}`), 200, shapes.export);
    expect(expired).toMatchObject({ status: "expired", file: null, rowsDone: old.job.rowsDone });
    await expectError(await staffRequest(`/api/v1/exports/${old.job.id}/file`), 410, "gone");
    const html = await expectText(await page(`/staff/exports/${old.job.id}`), 200);
    expect(html).toContain("This file was removed a day after it was made.");
    expect(html).toContain('href="/staff/cases.csv?organization=demo-uk"');
  });
});

import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { createApp } from "../../src/app";
import {
  accessJwt,
  addStaffMember,
  caseStatus,
  countRows,
  ORIGIN,
  request,
  STAFF_TOKEN,
  submitApplication,
} from "../helpers";
import { expectJson, expectStatus, expectText, shapes } from "../http";
import { newCase, page, postForm } from "./staff-forms";

const ukConviction = { jurisdiction: "GB", offenses: "Murder", trialOrPlea: "trial", appealStatus: "none" };

async function openReview(caseId: string) {
  return env.DB.prepare(
    "SELECT id, reviewer_id AS reviewerId FROM assignments WHERE case_id = ? AND kind = 'review' AND status = 'open'",
  )
    .bind(caseId)
    .all<{ id: string; reviewerId: string }>()
    .then((r) => r.results);
}

/** The table row that mentions `text`. */
function rowWith(html: string, text: string): string | undefined {
  return html.split("<tr>").find((row) => row.includes(text));
}

describe("staff pages refuse anyone who is not staff", () => {
  it("no credentials → a 401 page with nothing of any case", async () => {
    const kase = await newCase();
    for (const path of ["/staff", "/staff/cases.csv", "/staff/exports", `/staff/cases/${kase.id}`]) {
      for (const headers of [{}, { Authorization: "Bearer not-the-token" }] as Record<string, string>[]) {
        const response = await page(path, headers);
        const html = await expectText(response, 401, path);
        expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
        expect(response.headers.get("Cache-Control")).toBe("no-store");
        expect(html).toContain("Please sign in");
        expect(html).toContain('<html lang="en">');
        expect(html).not.toContain(kase.reference);
        expect(html).not.toContain(kase.name);
      }
    }
    const posted = await postForm(`/staff/cases/${kase.id}/withdraw`, { confirm: "yes" }, { Authorization: "" });
    await expectStatus(posted, 401);
    expect(await caseStatus(kase.id)).toBe("in_review");
  });

  it("in development, the 401 page links to the dev sign-in", async () => {
    const html = await (await page("/staff", {})).text();
    expect(html).toContain('href="/dev/staff-login"');
  });

  it("staff of another organization get a 403 page for a case, and only their own cases in the queue", async () => {
    const pa = await newCase();
    const uk = await newCase({ organization: "demo-uk", conviction: ukConviction });
    const identity = `coordinator-${crypto.randomUUID().slice(0, 8)}@demo-uk.example.org`;
    await addStaffMember(identity, "org-demo-uk");
    const asUkStaff = { "Cf-Access-Jwt-Assertion": await accessJwt({ email: identity }) };

    const refused = await page(`/staff/cases/${pa.id}`, asUkStaff);
    const html = await expectText(refused, 403);
    expect(html).toContain("You cannot open this page");
    expect(html).not.toContain(pa.reference);
    expect(html).not.toContain(pa.name);

    const queue = await (await page("/staff?limit=200", asUkStaff)).text();
    expect(queue).toContain(uk.reference);
    expect(queue).not.toContain(pa.reference);
    expect(queue).toContain('<option value="demo-uk"');
    expect(queue).not.toContain('<option value="demo-pa"');
    // Reviewers of other organizations are not offered either.
    expect(queue).toContain('<option value="rev-uk-1"');
    expect(queue).not.toContain('<option value="rev-pa-1"');
  });
});

describe("the case queue", () => {
  it("lists a new case with its reference, applicant, status and due date, privately", async () => {
    const kase = await newCase();
    const response = await page("/staff");
    const html = await expectText(response, 200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(html).toContain('<html lang="en">');
    const row = rowWith(html, kase.reference);
    expect(row).toContain(`href="/staff/cases/${kase.id}"`);
    expect(row).toContain(kase.name);
    expect(row).toContain("Keystone Innocence Project (demo)");
    expect(row).toContain("in review");
    expect(row).toMatch(/<time datetime="[^"]+">\d{4}-\d\d-\d\d<\/time>/);
    expect(row).not.toContain("overdue");
    // Every filter has a label.
    for (const id of ["f-status", "f-organization", "f-reviewer", "f-submittedFrom", "f-submittedTo", "f-overdue"])
      expect(html).toContain(`for="${id}"`);
  });

  it("filters by status, organization, reviewer and overdue, as the API does", async () => {
    const pa = await newCase();
    const uk = await newCase({ organization: "demo-uk", conviction: ukConviction });
    const late = await newCase();
    await env.DB.prepare("UPDATE assignments SET due_at = ? WHERE case_id = ? AND status = 'open'")
      .bind(Date.now() - 86_400_000, late.id)
      .run();
    const withdrawn = await newCase();
    await expectStatus(await postForm(`/staff/cases/${withdrawn.id}/withdraw`, { confirm: "yes" }), 303);

    const listed = async (query: string) => expectText(await page(`/staff?limit=200&${query}`), 200, query);

    const byStatus = await listed("status=withdrawn");
    expect(byStatus).toContain(withdrawn.reference);
    expect(byStatus).not.toContain(pa.reference);
    expect(byStatus).toMatch(/<option value="withdrawn" selected/);
    const inReview = await listed("status=in_review");
    expect(inReview).toContain(pa.reference);
    expect(inReview).not.toContain(withdrawn.reference);

    const byOrganization = await listed("organization=demo-uk");
    expect(byOrganization).toContain(uk.reference);
    expect(byOrganization).not.toContain(pa.reference);

    const [review] = await openReview(pa.id);
    const byReviewer = await listed(`reviewer=${review?.reviewerId}`);
    expect(byReviewer).toContain(pa.reference);
    expect(byReviewer).not.toContain(uk.reference);

    const overdue = await listed("overdue=true");
    expect(overdue).toContain(late.reference);
    expect(overdue).not.toContain(pa.reference);
    expect(rowWith(overdue, late.reference)).toContain("overdue");
    expect(overdue).toMatch(/<input type="checkbox" id="f-overdue" name="overdue" value="true" checked/);
    const notOnlyOverdue = await listed("overdue=false");
    expect(notOnlyOverdue).toContain(late.reference);
    expect(notOnlyOverdue).toContain(pa.reference);

    const today = new Date().toISOString().slice(0, 10);
    const byDay = await listed(`submittedFrom=${today}&submittedTo=${today}&status=&organization=`);
    expect(byDay).toContain(pa.reference);
    expect(await listed("submittedTo=2001-01-01")).not.toContain(pa.reference);
  });

  it("an invalid filter shows the form again with the error next to the field (400)", async () => {
    const response = await page("/staff?submittedFrom=2026-13-45&status=bogus");
    const html = await expectText(response, 400);
    expect(html).toContain("Enter the first day as a date, like 2026-11-01.");
    expect(html).toContain("Unknown status: bogus.");
    expect(html).toMatch(/id="f-submittedFrom" name="submittedFrom" value="2026-13-45" aria-invalid="true"/);
    expect(html).not.toContain("<table");
  });

  it("pages with Next page links that carry the filters", async () => {
    const older = await newCase();
    const newer = await newCase();
    const first = await (await page("/staff?limit=1&organization=demo-pa")).text();
    expect(first).toContain(newer.reference);
    expect(first).not.toContain(older.reference);
    const next = first.match(/<a rel="next" href="([^"]+)">Next page<\/a>/)?.[1]?.replaceAll("&amp;", "&");
    expect(next).toMatch(/^\/staff\?organization=demo-pa&limit=1&cursor=/);
    const second = await (await page(next ?? "")).text();
    expect(second).toContain(older.reference);
    expect(second).not.toContain(newer.reference);
    // The export button carries the filters, not the page.
    expect(first).toContain('<input type="hidden" name="organization" value="demo-pa"/>');
  });
});

describe("the case page", () => {
  it("shows the application, the timeline and the messages, and records the read", async () => {
    const kase = await newCase();
    const reads = () =>
      countRows(
        "events",
        "case_id = ? AND type = 'viewed_by_staff' AND actor = 'staff:api-token' AND json_extract(data, '$.view') = 'case-page'",
        kase.id,
      );
    expect(await reads()).toBe(0);
    const response = await page(`/staff/cases/${kase.id}`);
    const html = await expectText(response, 200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(`Case ${kase.reference}`);
    expect(html).toContain(kase.name);
    expect(html).toContain("He was at work across town; the eyewitness was wrong.");
    expect(html).toContain("maria@example.com");
    expect(html).toContain("criteria version 1");
    // The timeline, oldest first, ending with this very read.
    const timeline = html.slice(html.indexOf("<h2>Timeline</h2>"), html.indexOf("<h2>Messages</h2>"));
    expect(timeline).toContain("<caption");
    expect(timeline.indexOf("received")).toBeGreaterThan(-1);
    expect(timeline.indexOf("received")).toBeLessThan(timeline.lastIndexOf("viewed by staff"));
    expect(timeline).toContain("staff:api-token");
    // The messages sent so far: the acknowledgement and the review request.
    const messages = html.slice(html.indexOf("<h2>Messages</h2>"));
    expect(rowWith(messages, "review request")).toMatch(
      /<td>reviewer: (Alex Rivera|Beatriz Santos)<\/td><td>sent<\/td>/,
    );
    expect(messages).toContain(
      '<th scope="row">acknowledgement</th><td>email</td><td>family: Maria Ortega</td><td>sent</td>',
    );
    expect(await reads()).toBe(1);

    const { events } = await expectJson(await page(`/api/v1/cases/${kase.id}/events`), 200, shapes.events);
    expect(events).toContainEqual(expect.objectContaining({ type: "viewed_by_staff", data: { view: "case-page" } }));
  });

  it("lists documents with links to the staff download", async () => {
    const created = await submitApplication();
    const attachment = crypto.randomUUID();
    await env.DB.prepare(
      "INSERT INTO attachments (id, case_id, r2_key, file_name, content_type, size, sha256, uploaded_by) VALUES (?, ?, ?, 'court-record.pdf', 'application/pdf', 2048, 'x', 'family')",
    )
      .bind(attachment, created.id, `test/${attachment}`)
      .run();
    const html = await (await page(`/staff/cases/${created.id}`)).text();
    expect(html).toContain(`<a href="/api/v1/cases/${created.id}/attachments/${attachment}">court-record.pdf</a>`);
  });

  it("shows possible duplicates, with a link to the other case", async () => {
    const name = `Twin ${crypto.randomUUID().slice(0, 8)}`;
    const first = await newCase({}, name);
    const second = await newCase({}, name);
    const html = await (await page(`/staff/cases/${second.id}`)).text();
    const section = html.slice(html.indexOf("<h2>Possible duplicates</h2>"), html.indexOf("<h2>Timeline</h2>"));
    expect(section).toContain("Keystone Innocence Project (demo)");
    expect(section).toContain(`<a href="/staff/cases/${first.id}">${first.reference}</a>`);
  });

  it("an unknown case is a 404 page", async () => {
    const response = await page("/staff/cases/no-such-case");
    expect(await expectText(response, 404)).toContain("Page not found");
  });
});

describe("acting on a case from its page", () => {
  it("withdraw → 303 back to the case, which is then withdrawn with no withdraw form", async () => {
    const kase = await newCase();
    const before = await (await page(`/staff/cases/${kase.id}`)).text();
    expect(before).toContain(`action="/staff/cases/${kase.id}/withdraw"`);

    const unconfirmed = await postForm(`/staff/cases/${kase.id}/withdraw`, {});
    expect(await expectText(unconfirmed, 400)).toContain(
      "Tick the box to confirm that the applicant asked to withdraw.",
    );
    expect(await caseStatus(kase.id)).toBe("in_review");

    const done = await postForm(`/staff/cases/${kase.id}/withdraw`, { confirm: "yes" });
    await expectStatus(done, 303);
    expect(done.headers.get("Location")).toBe(`/staff/cases/${kase.id}?done=withdrawn`);
    expect(await caseStatus(kase.id)).toBe("withdrawn");
    expect(await openReview(kase.id)).toEqual([]);

    const after = await (await page(done.headers.get("Location") ?? "")).text();
    expect(after).toContain("The application was withdrawn.");
    expect(after).toMatch(/<dt>Status<\/dt><dd>withdrawn<\/dd>/);
    expect(after).not.toContain(`action="/staff/cases/${kase.id}/withdraw"`);
    expect(after).not.toContain(`action="/staff/cases/${kase.id}/close"`);

    // A second try (an old tab) is refused in words, and changes nothing.
    const again = await postForm(`/staff/cases/${kase.id}/withdraw`, { confirm: "yes" });
    expect(await expectText(again, 409)).toContain("This case is already withdrawn; it cannot be withdrawn.");
  });

  it("close with a reason → closed, and the reason is on record", async () => {
    const kase = await newCase();
    const page1 = await (await page(`/staff/cases/${kase.id}`)).text();
    expect(page1).toContain('<option value="resolved_elsewhere">Resolved elsewhere</option>');

    const noReason = await postForm(`/staff/cases/${kase.id}/close`, { reason: "" });
    expect(await expectText(noReason, 400)).toContain("Choose why the case is closed.");
    expect(await caseStatus(kase.id)).toBe("in_review");

    const closed = await postForm(`/staff/cases/${kase.id}/close`, { reason: "resolved_elsewhere" });
    await expectStatus(closed, 303);
    expect(closed.headers.get("Location")).toBe(`/staff/cases/${kase.id}?done=closed`);
    expect(await caseStatus(kase.id)).toBe("closed");
    expect(
      await countRows(
        "events",
        "case_id = ? AND type = 'closed' AND actor = 'staff:api-token' AND json_extract(data, '$.reason') = 'resolved_elsewhere'",
        kase.id,
      ),
    ).toBe(1);
  });

  it("a form posted from another site (or with no Origin) → 403, and nothing changes", async () => {
    const kase = await newCase();
    const [review] = await openReview(kase.id);
    // An empty Origin stands for none: the browser sent neither Origin nor Sec-Fetch-Site.
    for (const origin of ["https://evil.example", "null", ""]) {
      const headers = { Origin: origin };
      for (const [action, fields] of [
        ["withdraw", { confirm: "yes" }],
        ["close", { reason: "other" }],
        ["reassign", { assignmentId: review?.id ?? "" }],
      ] as const) {
        const response = await postForm(`/staff/cases/${kase.id}/${action}`, fields, headers);
        const html = await expectText(response, 403, `${action} from ${origin}`);
        expect(html).toContain("This form was refused");
        expect(html).not.toContain(kase.name);
      }
    }
    expect(await caseStatus(kase.id)).toBe("in_review");
    expect(await openReview(kase.id)).toEqual([review]);
  });

  it("reassign moves the open review to the other reviewer of the organization", async () => {
    const kase = await newCase();
    const [review] = await openReview(kase.id);
    expect(["rev-pa-1", "rev-pa-2"]).toContain(review?.reviewerId);
    const other = review?.reviewerId === "rev-pa-1" ? "rev-pa-2" : "rev-pa-1";

    const html = await (await page(`/staff/cases/${kase.id}`)).text();
    expect(html).toContain(`<option value="${review?.id}"`);
    expect(html).toContain(`<option value="${other}"`);

    // Naming the reviewer who already has it is refused, in the form.
    const same = await postForm(`/staff/cases/${kase.id}/reassign`, {
      assignmentId: review?.id ?? "",
      reviewerId: review?.reviewerId ?? "",
    });
    expect(await expectText(same, 400)).toContain("Choose another active reviewer of the case&#39;s organization.");

    // The default: the least loaded reviewer who has not seen the case.
    const moved = await postForm(`/staff/cases/${kase.id}/reassign`, {
      assignmentId: review?.id ?? "",
      reviewerId: "",
    });
    await expectStatus(moved, 303);
    expect(moved.headers.get("Location")).toBe(`/staff/cases/${kase.id}?done=reassigned`);
    expect(await openReview(kase.id)).toEqual([{ id: expect.any(String), reviewerId: other }]);
    expect(await countRows("assignments", "id = ? AND status = 'reassigned'", review?.id)).toBe(1);

    // The old review is no longer open: reassigning it again is a conflict.
    const stale = await postForm(`/staff/cases/${kase.id}/reassign`, { assignmentId: review?.id ?? "" });
    expect(await expectText(stale, 409)).toContain("This review is reassigned; only an open review can be reassigned.");
  });
});

describe("dev staff sign-in", () => {
  it("sets an HttpOnly, SameSite=Strict cookie with the token, which opens /staff", async () => {
    const form = await request("/dev/staff-login");
    const html = await expectText(form, 200);
    expect(html).toContain('<label for="f-token">Staff API token</label>');

    const wrong = await request("/dev/staff-login", {
      method: "POST",
      headers: { Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: "not-the-token" }),
      redirect: "manual",
    });
    await expectStatus(wrong, 400);
    expect(wrong.headers.get("Set-Cookie")).toBeNull();

    const signedIn = await request("/dev/staff-login", {
      method: "POST",
      headers: { Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: STAFF_TOKEN }),
      redirect: "manual",
    });
    await expectStatus(signedIn, 303);
    expect(signedIn.headers.get("Location")).toBe("/staff");
    const cookie = signedIn.headers.get("Set-Cookie") ?? "";
    expect(cookie).toMatch(new RegExp(`^dev_staff_token=${STAFF_TOKEN};`));
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/");

    const queue = await page("/staff", { Cookie: cookie.split(";")[0] ?? "" });
    expect(await expectText(queue, 200)).toContain("Case queue");
  });

  it("does not exist outside development, where the cookie opens nothing", async () => {
    const app = createApp();
    const production = { ...env, ENVIRONMENT: "production" };
    await expectStatus(await app.request("/dev/staff-login", {}, production), 404);
    const posted = await app.request(
      "/dev/staff-login",
      {
        method: "POST",
        headers: { Origin: ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ token: STAFF_TOKEN }).toString(),
      },
      production,
    );
    await expectStatus(posted, 404);
    expect(posted.headers.get("Set-Cookie")).toBeNull();
    const withCookie = await app.request(
      "/staff",
      { headers: { Cookie: `dev_staff_token=${STAFF_TOKEN}` } },
      production,
    );
    await expectStatus(withCookie, 401);
  });
});

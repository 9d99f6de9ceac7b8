import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { countRows, waitUntil, workflowSettled } from "../helpers";
import { linkFor, postForm as postLinkForm } from "../workflows/driver";
import { newCase, page, postForm } from "./staff-forms";

async function caseStatus(id: string) {
  return (await env.DB.prepare("SELECT status FROM cases WHERE id = ?").bind(id).first<{ status: string }>())?.status;
}

describe("moving a case on from its page", () => {
  it("a declined case shows only the reopen form; reopening sends it back to review", async () => {
    const kase = await newCase();
    await postLinkForm(await linkFor(kase.reference, "review"), { decision: "decline", reasonCodes: ["capacity"] });
    await waitUntil("the decline", async () => ((await caseStatus(kase.id)) === "declined" ? true : undefined));
    await workflowSettled(kase.id);

    const declined = await (await page(`/staff/cases/${kase.id}`)).text();
    expect(declined).toContain(`action="/staff/cases/${kase.id}/reopen"`);
    expect(declined).toContain('<option value="new_information">New information came in</option>');
    for (const other of ["refer", "return-to-review", "move", "withdraw", "close"])
      expect(declined).not.toContain(`action="/staff/cases/${kase.id}/${other}"`);

    const noReason = await postForm(`/staff/cases/${kase.id}/reopen`, {});
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain("Choose why the case is reopened.");

    const reopened = await postForm(`/staff/cases/${kase.id}/reopen`, { reason: "applicant_asked" });
    expect(reopened.status).toBe(303);
    expect(reopened.headers.get("Location")).toBe(`/staff/cases/${kase.id}?done=reopened`);
    expect(await caseStatus(kase.id)).toBe("in_review");
    const after = await (await page(reopened.headers.get("Location") ?? "")).text();
    expect(after).toContain("The case was reopened and is back in review.");

    // An old tab posting again is refused in words, in the form.
    const again = await postForm(`/staff/cases/${kase.id}/reopen`, { reason: "applicant_asked" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain(
      "This case is in review: only a withdrawn, declined or closed case can be reopened.",
    );
  });

  it("a case in review offers to move it; moving it sends it to that organization's reviewers", async () => {
    const kase = await newCase();
    const html = await (await page(`/staff/cases/${kase.id}`)).text();
    expect(html).toContain(`action="/staff/cases/${kase.id}/move"`);
    expect(html).toContain('<option value="demo-uk">Innocence Network UK (demo)</option>');
    // In review with an open review: reassign it, there is no referral to choose and nothing to send back.
    expect(html).not.toContain(`action="/staff/cases/${kase.id}/return-to-review"`);
    expect(html).not.toContain(`action="/staff/cases/${kase.id}/refer"`);

    const moved = await postForm(`/staff/cases/${kase.id}/move`, { organization: "demo-jp" });
    expect(moved.status).toBe(303);
    expect(await caseStatus(kase.id)).not.toBe("in_review");
    await waitUntil("the Japanese reviewers to be asked", async () =>
      (await countRows(
        "assignments",
        "case_id = ? AND kind = 'review' AND status = 'open' AND reviewer_id LIKE 'rev-jp-%'",
        kase.id,
      )) === 1
        ? true
        : undefined,
    );
  });

  it("refer forms appear once the partner declined, and the chosen partner gets the offer", async () => {
    const kase = await newCase();
    await postLinkForm(await linkFor(kase.reference, "review"), { decision: "accept" });
    const offer = await waitUntil("the partner's offer", () =>
      linkFor(kase.reference, "referral", "intake@liberty-probono.example.com").catch(() => undefined),
    );
    await postLinkForm(offer, { response: "decline" });
    await workflowSettled(kase.id);

    const html = await (await page(`/staff/cases/${kase.id}`)).text();
    expect(html).toContain('id="refer-partner"');
    expect(html).toContain('id="refer-organization"');
    expect(html).toContain('<option value="partner-pa">Liberty Pro Bono LLP</option>');

    const empty = await postForm(`/staff/cases/${kase.id}/refer`, { partnerId: "" });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Choose a referral partner.");

    const sent = await postForm(`/staff/cases/${kase.id}/refer`, { partnerId: "partner-pa" });
    expect(sent.status).toBe(303);
    expect(sent.headers.get("Location")).toBe(`/staff/cases/${kase.id}?done=offered`);
    await waitUntil("a second offer to the partner", async () =>
      (await countRows(
        "assignments",
        "case_id = ? AND kind = 'referral' AND round = 1 AND status = 'open'",
        kase.id,
      )) === 1
        ? true
        : undefined,
    );
  });
});

describe("the referral partners page", () => {
  it("lists partners by organization; adding one with errors keeps what was typed; deactivating is one button", async () => {
    const listed = await (await page("/staff/partners")).text();
    expect(listed).toContain("Liberty Pro Bono LLP");
    expect(listed).toContain("東京えん罪弁護団");

    const invalid = await postForm("/staff/partners", {
      organization: "demo-pa",
      name: "Delaware Clinic (test)",
      email: "not an email",
      language: "es",
    });
    expect(invalid.status).toBe(400);
    const form = await invalid.text();
    expect(form).toContain("Enter an email address like name@example.org.");
    expect(form).toContain('value="Delaware Clinic (test)"');
    expect(form).toContain('aria-invalid="true"');

    const added = await postForm("/staff/partners", {
      organization: "demo-pa",
      name: "Delaware Clinic (test)",
      email: "clinic@delaware.example.org",
      language: "es",
    });
    expect(added.status).toBe(303);
    const row = await env.DB.prepare("SELECT id, language, active FROM referral_partners WHERE email = ?")
      .bind("clinic@delaware.example.org")
      .first<{ id: string; language: string; active: number }>();
    expect(row).toMatchObject({ language: "es", active: 1 });

    const off = await postForm(`/staff/partners/${row?.id}/active`, { active: "false" });
    expect(off.status).toBe(303);
    expect(await env.DB.prepare("SELECT active FROM referral_partners WHERE id = ?").bind(row?.id).first()).toEqual({
      active: 0,
    });

    const forged = await postForm(
      `/staff/partners/${row?.id}/active`,
      { active: "true" },
      { Origin: "https://evil.example" },
    );
    expect(forged.status).toBe(403);
    expect(await env.DB.prepare("SELECT active FROM referral_partners WHERE id = ?").bind(row?.id).first()).toEqual({
      active: 0,
    });
  });
});

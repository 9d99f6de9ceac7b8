import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/lib/crypto";
import { DAY_MS } from "../../src/lib/tokens";
import { countRows, files, mailbox, r2Keys, request, runDailyJob, staffJson } from "../helpers";
import { postStep, startForm, stepAnswers } from "../pages/forms";

/** Drafts of the form not resumed within their organization's retention go, with their files. */

/** A form filled in up to its documents, with one file, saved for later (so its link was emailed). */
async function abandonedDraft(email: string) {
  const key = await startForm();
  await postStep(key, "you", { ...stepAnswers.you, "submitter.email": email });
  await postStep(key, "person", stepAnswers.person);
  await postStep(key, "conviction", stepAnswers.conviction);
  const before = await r2Keys();
  await postStep(
    key,
    "documents",
    {},
    {
      action: "save",
      files: [{ filename: "letter.pdf", type: "application/pdf", content: files.pdf() }],
    },
  );
  const [file] = (await r2Keys()).filter((k) => !before.includes(k));
  const draft = await env.DB.prepare("SELECT id FROM drafts WHERE key_hash = ?")
    .bind(await sha256Hex(key))
    .first<{ id: string }>();
  if (!file || !draft) throw new Error("the draft or its file was not stored");
  return { key, id: draft.id, file };
}

async function age(draftId: string, days: number) {
  await env.DB.prepare("UPDATE drafts SET saved_at = ? WHERE id = ?")
    .bind(Date.now() - days * DAY_MS, draftId)
    .run();
}

async function whatIsLeft(draft: { id: string; file: string }, email: string) {
  return {
    draft: await countRows("drafts", "id = ?", draft.id),
    attachments: await countRows("attachments", "draft_id = ?", draft.id),
    file: (await r2Keys()).includes(draft.file),
    resumeEmailCopy: (await mailbox()).filter((m) => m.to === email).length,
  };
}

describe("drafts not resumed within the retention", () => {
  it("are kept until then, and purged with their files after (30 days by default)", async () => {
    const draft = await abandonedDraft("keeps@example.com");
    expect(await whatIsLeft(draft, "keeps@example.com")).toEqual({
      draft: 1,
      attachments: 1,
      file: true,
      resumeEmailCopy: 1,
    });

    await age(draft.id, 29);
    await runDailyJob();
    expect(await whatIsLeft(draft, "keeps@example.com")).toEqual({
      draft: 1,
      attachments: 1,
      file: true,
      resumeEmailCopy: 1,
    });
    expect((await request(`/apply/${draft.key}/documents`)).status).toBe(200);

    await age(draft.id, 31);
    // Past its retention it opens nothing, even before the daily job has run.
    expect((await request(`/apply/${draft.key}/documents`)).status).toBe(404);
    await runDailyJob();
    expect(await whatIsLeft(draft, "keeps@example.com")).toEqual({
      draft: 0,
      attachments: 0,
      file: false,
      resumeEmailCopy: 0,
    });
  });

  it("follow the organization's setting, and a draft for no organization yet the default", async () => {
    const changed = await staffJson("/api/v1/organizations/demo-pa", "PATCH", { draftRetentionDays: 10 });
    expect(changed.status, await changed.clone().text()).toBe(200);
    const forPennsylvania = await abandonedDraft("short@example.com");
    const key = await startForm();
    await postStep(key, "you", stepAnswers.you);
    const early = await env.DB.prepare("SELECT id, organization_id FROM drafts WHERE key_hash = ?")
      .bind(await sha256Hex(key))
      .first<{ id: string; organization_id: string | null }>();
    expect(early?.organization_id).toBeNull();

    await age(forPennsylvania.id, 11);
    await age(early?.id ?? "", 11);
    await runDailyJob();
    expect((await whatIsLeft(forPennsylvania, "short@example.com")).draft).toBe(0);
    expect(await countRows("drafts", "id = ?", early?.id)).toBe(1);
    await staffJson("/api/v1/organizations/demo-pa", "PATCH", { draftRetentionDays: 30 });
  });
});

import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { DAY_MS } from "../../src/lib/tokens";
import { request } from "../helpers";
import { inputValue, postStep, startForm, stepAnswers } from "./forms";

/** `GET /resume` and `POST /resume` (field `code`): back to a saved form with the code written down. */

async function savedForm() {
  const key = await startForm();
  await postStep(key, "you", stepAnswers.you);
  await postStep(key, "person", stepAnswers.person);
  await postStep(key, "conviction", stepAnswers.conviction, { action: "save" });
  const saved = await (await request(`/apply/${key}/saved?lang=en`)).text();
  const code = saved.match(/id="resume-code">([A-Z0-9]{5}-[A-Z0-9]{5})</)?.[1];
  if (!code) throw new Error("no resume code shown");
  return { key, code };
}

function tryCode(code: string, lang = "en") {
  return request(`/resume?lang=${lang}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ code }),
    redirect: "manual",
  });
}

/** Every draft's row as stored, to show that a wrong code changed none of them. */
async function allDrafts() {
  return (await env.DB.prepare("SELECT * FROM drafts ORDER BY id").all()).results;
}

describe("resuming a saved application", () => {
  it("GET /resume is a form with one field, code, that works without JavaScript", async () => {
    const response = await request("/resume?lang=es");
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toContain('name="code"');
    expect(html).toContain('method="post" action="/resume?lang=es"');
    expect(html).toContain("Continuar una solicitud guardada");
    expect(html).not.toContain("<script");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("the right code, however it is typed, opens the draft where it was left and keeps it longer", async () => {
    const { key, code } = await savedForm();
    await env.DB.prepare("UPDATE drafts SET saved_at = ?")
      .bind(Date.now() - 20 * DAY_MS)
      .run();
    const typed = ` ${code.toLowerCase().replace("-", " ")} `;
    const response = await tryCode(typed, "es");
    expect(response.status).toBe(303);
    expect(response.headers.get("Location")).toBe(`/apply/${key}/conviction?lang=es`);
    const page = await (await request(response.headers.get("Location") ?? "")).text();
    expect(page).toContain("Paso 3 de 8");
    expect(page).toContain("Robbery</textarea>");
    const you = await (await request(`/apply/${key}/you?lang=en`)).text();
    expect(inputValue(you, "submitter.name")).toBe("Maria Ortega");
    const row = await env.DB.prepare("SELECT saved_at FROM drafts").first<{ saved_at: number }>();
    expect(Date.now() - (row?.saved_at ?? 0)).toBeLessThan(DAY_MS);
  });

  it("a wrong code changes nothing and says nothing: malformed, unknown or expired, the same answer", async () => {
    const { code } = await savedForm();
    const other = await savedForm();
    // The second form is left past its retention (30 days without a save).
    await env.DB.prepare(
      "UPDATE drafts SET saved_at = ? WHERE key_hash = (SELECT key_hash FROM drafts ORDER BY created_at DESC LIMIT 1)",
    )
      .bind(Date.now() - 31 * DAY_MS)
      .run();
    const before = await allDrafts();
    const unknown = code.startsWith("A") ? `B${code.slice(1)}` : `A${code.slice(1)}`;
    const pages: string[] = [];
    for (const wrong of ["", "nonsense", "K7M3Q-XW2P", unknown, other.code]) {
      const response = await tryCode(wrong);
      expect(response.status, wrong).toBe(400);
      const html = await response.text();
      expect(html).toContain("This code does not open a saved application.");
      expect(html).toContain('aria-invalid="true"');
      pages.push(html.replace(`value="${wrong}"`, 'value=""'));
    }
    expect(new Set(pages).size).toBe(1);
    expect(await allDrafts()).toEqual(before);
  });
});

import { describe, expect, it } from "vitest";
import { caseStatus } from "../helpers";
import { asHtml, expectStatus, expectText } from "../http";
import { asStaff, newCase, page, postForm } from "./staff-forms";

/**
 * The staff pages in the staff member's language (README, Languages): each is asked for in another
 * language, by `?lang=` or by `Accept-Language`, and must show that language's words and none of
 * the English ones it used to show.
 */

/** Fails when any of `english` is on the page, naming which. */
function expectNoneOf(html: string, english: string[]) {
  expect(english.filter((text) => html.includes(asHtml(text)))).toEqual([]);
}

describe("the case page in the staff member's language", () => {
  it("in French (?lang=fr): desk, notes, tasks, personal data and the move forms", async () => {
    const kase = await newCase();
    const html = await expectText(await page(`/staff/cases/${kase.id}?lang=fr`), 200);
    expect(html).toContain('<html lang="fr">');
    for (const french of [
      "Écrire à quelqu'un",
      "Noter un courrier, un appel, un e-mail ou une visite",
      "Courrier et échanges",
      "Ajouter une tâche",
      "Ajouter une note",
      "Données personnelles",
      "Effacer ce dossier",
      "Transférer à une autre organisation",
    ])
      expect(html).toContain(asHtml(french));
    expectNoneOf(html, [
      "Write to someone",
      "Log post, a call, an email or a visit",
      "Correspondence",
      "Add a task",
      "Add a note",
      "Personal data",
      "Erase this case",
      "Move to another organization",
    ]);
    // The forms carry the chosen language on, so what they answer is in French too.
    expect(html).toContain(`action="/staff/cases/${kase.id}/move?lang=fr"`);
    expect(html).toContain(`action="/staff/cases/${kase.id}/erase?lang=fr"`);
  });

  it("in Japanese (Accept-Language): the same sections", async () => {
    const kase = await newCase();
    const html = await expectText(await page(`/staff/cases/${kase.id}`, { ...asStaff, "Accept-Language": "ja" }), 200);
    expect(html).toContain('<html lang="ja">');
    for (const japanese of ["メッセージを書く", "タスクを追加する", "メモを追加する", "個人データ", "他の団体に移す"])
      expect(html).toContain(japanese);
    expectNoneOf(html, [
      "Write to someone",
      "Add a task",
      "Add a note",
      "Personal data",
      "Move to another organization",
    ]);
  });

  it("a refused move and a form's problem are told in the staff member's language", async () => {
    const kase = await newCase();
    // A case in review cannot be reopened: the API's refusal, worded from the catalogs.
    const refused = await expectText(
      await postForm(`/staff/cases/${kase.id}/reopen?lang=fr`, { reason: "other" }),
      409,
    );
    expect(refused).toContain(
      asHtml("Ce dossier est en cours d'étude : seul un dossier retiré, refusé ou fermé peut être rouvert."),
    );
    expectNoneOf(refused, ["only a withdrawn, declined or closed case can be reopened"]);

    const empty = await expectText(await postForm(`/staff/cases/${kase.id}/notes?lang=ja`, { body: " " }), 400);
    expect(empty).toContain("メモを追加する");
    expect(empty).toContain("あなたの文章：ここに記入してください。");
    expectNoneOf(empty, ["Your text:"]);
    expect(await caseStatus(kase.id)).toBe("in_review");
  });

  it("the erasure pages, in Spanish", async () => {
    const kase = await newCase();
    const response = await postForm(`/staff/cases/${kase.id}/erase?lang=es`, { confirm: "not-the-reference" });
    const html = await expectText(response, 400);
    expect(html).toContain('<html lang="es">');
    expect(html).toContain("No se borró");
    expect(html).toContain(`la referencia escrita no era ${kase.reference}`);
    expect(html).toContain('href="/staff?lang=es"');
    expectNoneOf(html, ["Not erased", "Nothing was erased", "Back to the case queue"]);

    const erased = await postForm(`/staff/cases/${kase.id}/erase?lang=es`, { confirm: kase.reference });
    const done = await expectText(erased, 200);
    expect(done).toContain(`Se borró el caso ${kase.reference}`);
    expectNoneOf(done, ["Case erased", "and everything about it was erased"]);
    await expectStatus(await page(`/staff/cases/${kase.id}`), 404);
  });
});

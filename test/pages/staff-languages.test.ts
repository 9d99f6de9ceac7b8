import { describe, expect, it } from "vitest";
import { caseStatus, waitUntil } from "../helpers";
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

describe("the other staff pages in the staff member's language", () => {
  it("/staff/reports in Dutch: filters, captions, columns, chart titles and export buttons", async () => {
    const html = await expectText(await page("/staff/reports?from=2020-01-01&lang=nl"), 200);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("<h1>Rapporten</h1>");
    expect(html).toContain('<th scope="col">aanvragen</th>');
    for (const dutch of [
      "Ontvangen vanaf",
      "Aanvragen per kanaal",
      "Waar de zaken nu zijn",
      "Aanvragen per kanaal, als staafdiagram",
      "‘Aanvragen per kanaal’ exporteren als CSV",
      "eerste beslissing",
    ])
      expect(html).toContain(asHtml(dutch));
    expectNoneOf(html, [
      "Received from",
      "Applications by source",
      "Where the cases are now",
      "as a bar chart",
      "first decision",
    ]);
    // Its forms keep the language chosen: the filters' and each table's export.
    expect(html).toContain('<input type="hidden" name="lang" value="nl"/>');
    expect(html).toContain('action="/staff/exports?lang=nl"');

    const refused = await expectText(await page("/staff/reports?from=2026-13-01&lang=nl"), 400);
    expect(refused).toContain("Controleer de filters");
    expectNoneOf(refused, ["Check the filters", "Enter a day like"]);
  });

  it("/staff/exports in Portuguese and Italian: asking, following and listing", async () => {
    const asked = await postForm("/staff/exports?lang=pt", { kind: "cases", organization: "demo-pa" });
    await expectStatus(asked, 303);
    const location = asked.headers.get("Location") ?? "";
    expect(location).toMatch(/^\/staff\/exports\/[0-9a-f-]+\?lang=pt$/);
    const ready = await waitUntil(
      "the export, in Portuguese",
      async () => {
        const html = await expectText(await page(location), 200);
        expect(html).toContain("<h1>Exportação</h1>");
        return html.includes("Baixar o CSV") ? html : null;
      },
      60_000,
    );
    expect(ready).toMatch(/Pronto: [\d.]+ linhas?, /);
    expect(ready).toContain("Guardado até (depois é apagado):");
    expect(ready).toContain('href="/staff/exports?lang=pt"');
    expectNoneOf(ready, ["Download the CSV", "Ready:", "Kept until", "Every export"]);

    const list = await expectText(await page("/staff/exports", { ...asStaff, "Accept-Language": "it" }), 200);
    expect(list).toContain('<html lang="it">');
    expect(list).toContain("Esportazioni, dalla più recente");
    expect(list).toContain("pronta: ");
    expectNoneOf(list, ["Exports, newest first", "Downloads", "ready: "]);
  });

  it("/staff/partners in Traditional Chinese, with its form's problems", async () => {
    const html = await expectText(await page("/staff/partners?lang=zh-Hant"), 200);
    expect(html).toContain('<html lang="zh-Hant">');
    for (const chinese of ["<h1>轉介夥伴</h1>", "新增轉介夥伴", "寄給他們的電子郵件語言"])
      expect(html).toContain(chinese);
    expectNoneOf(html, ["Add a referral partner", "Language of their emails", "Add partner"]);

    const refused = await postForm("/staff/partners?lang=zh-Hant", { organization: "demo-pa", name: "", email: "x" });
    const form = await expectText(refused, 400);
    expect(form).toContain("無法新增夥伴");
    expect(form).toContain("請輸入像 name@example.org 這樣的電子郵件地址。");
    expectNoneOf(form, ["The partner could not be added", "Enter an email address"]);
  });

  it("/staff/cases/new in Spanish: who wrote, then the words around the application's questions", async () => {
    const roles = await expectText(await page("/staff/cases/new?lang=es"), 200);
    expect(roles).toContain("¿Quién le escribió?");
    expect(roles).toContain("Un familiar");
    expectNoneOf(roles, ["Who wrote to you?", "A family member"]);

    const form = await expectText(await page("/staff/cases/new?role=family&lang=es"), 200);
    for (const spanish of [
      "De: Un familiar",
      "Cambiar quién escribió",
      "Idioma en que responder",
      "Guardar la solicitud",
    ])
      expect(form).toContain(asHtml(spanish));
    expectNoneOf(form, ["Change who wrote", "Language to write back in", "Save the application", "The letter"]);
  });

  it("/staff/questionnaire's choice page follows the staff language; the sheet stays in the reader's", async () => {
    const choice = await expectText(await page("/staff/questionnaire", { ...asStaff, "Accept-Language": "fr" }), 200);
    expect(choice).toContain('<html lang="fr">');
    expect(choice).toContain("Questionnaire à imprimer");
    expect(choice).toContain("Afficher le questionnaire");
    expectNoneOf(choice, ["Printable questionnaire", "Which questionnaire", "Show the questionnaire"]);

    const refused = await expectText(await page("/staff/questionnaire?organization=nowhere&language=es&lang=fr"), 400);
    expect(refused).toContain("Choisissez une de vos organisations et une langue dans les listes.");

    const sheet = await expectText(await page("/staff/questionnaire?organization=demo-pa&language=es&lang=ja"), 200);
    expect(sheet).toContain('<html lang="ja">');
    expect(sheet).toContain("ブラウザの印刷機能を使ってください。");
    expect(sheet).toMatch(/<article class="sheet questionnaire paper-letter" lang="es"/);
    expectNoneOf(sheet, ["Use your browser's Print command.", "Choose another"]);
  });
});

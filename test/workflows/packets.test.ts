import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { type MailboxMessage, mailbox, multipartBody, request, validApplication } from "../helpers";
import { introspectWorkflow, linkFor, mailFor, postForm } from "./driver";

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF\n`);
const en = { headers: { "Accept-Language": "en" } };

/** Submits an application with documents; returns the case and its workflow instance. */
async function submitWithDocuments(
  workflows: Awaited<ReturnType<typeof introspectWorkflow>>,
  application: Record<string, unknown>,
  documents: { name: string; text: string }[],
) {
  const { body, contentType } = multipartBody([
    { name: "application", value: JSON.stringify(application) },
    ...documents.map((d) => ({ name: "attachments", filename: d.name, type: "application/pdf", content: pdf(d.text) })),
  ]);
  const created = await request("/api/v1/applications", {
    method: "POST",
    headers: { "Content-Type": contentType },
    body,
  });
  const kase = await created.json<{ id: string; reference: string }>();
  if (created.status !== 201) throw new Error(JSON.stringify(kase));
  const instance = (await workflows.get()).at(-1);
  if (!instance) throw new Error("no workflow instance");
  const files = await env.DB.prepare("SELECT id, file_name FROM attachments WHERE case_id = ? ORDER BY file_name")
    .bind(kase.id)
    .all<{ id: string; file_name: string }>();
  return { kase, instance, files: files.results };
}

function answerBody(answer: string, file: { name: string; text: string }) {
  return multipartBody([
    { name: "answer", value: answer },
    { name: "attachments", filename: file.name, type: "application/pdf", content: pdf(file.text) },
  ]);
}

describe("the referral packet", () => {
  it("holds every round's questions, answers and expert opinions, and the documents", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const { kase, instance } = await submitWithDocuments(workflows, validApplication(), [
      { name: "verdict.pdf", text: "verdict" },
    ]);
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });
    await postForm(await linkFor(kase.reference, "review"), {
      decision: "request_info",
      questions: "Who can confirm where he was?",
    });
    await instance.waitForStepResult({ name: "send for request_info round 1" });
    const answer = answerBody("His shift manager, Ms. Lee.", { name: "timesheet.pdf", text: "timesheet" });
    const answered = await request(await linkFor(kase.reference, "respond", "maria@example.com"), {
      method: "POST",
      headers: { "Content-Type": answer.contentType },
      body: answer.body,
    });
    expect(answered.status).toBe(200);
    await instance.waitForStepResult({ name: "send for assign reviewers round 2" });
    await postForm(await linkFor(kase.reference, "review"), {
      decision: "consult_expert",
      expertEmail: "dr.eye@lab.example.org",
      questions: "Was the identification procedure sound?",
    });
    await instance.waitForStepResult({ name: "send for consult_expert round 2" });
    await postForm(await linkFor(kase.reference, "consult"), { opinion: "The line-up was suggestive." });
    await instance.waitForStepResult({ name: "send for assign reviewers round 3" });
    await postForm(await linkFor(kase.reference, "review"), { decision: "accept", note: "Take it." });
    await instance.waitForStepResult({ name: "send for offer to referral partner" });

    const referral = await linkFor(kase.reference, "referral", "intake@liberty-probono.example.com");
    const packet = await (await request(referral, en)).text();
    for (const expected of [
      "Who can confirm where he was?",
      "His shift manager, Ms. Lee.",
      "Was the identification procedure sound?",
      "The line-up was suggestive.",
      "Take it.",
      "verdict.pdf",
      "timesheet.pdf",
    ])
      expect(packet, expected).toContain(expected);
    for (const href of packet.match(/href="\/files\/[^"]+"/g) ?? []) {
      const download = await request(href.slice(6, -1));
      expect(download.status, href).toBe(200);
      expect(await download.text()).toMatch(/^%PDF/);
    }
    expect(packet.match(/href="\/files\/[^"]+"/g)).toHaveLength(2);
  });
});

/** Everyone an application names, in every field that holds a name. */
const named = {
  applicant: "Daniel Ortega",
  otherNames: "Danny Okonkwo-Reyes",
  submitter: "Maria Ortega",
  current: "Ann Counsel",
  trial: "Peter Okafor",
  contact: "Tom Friend",
  coDefendants: ["Carl Brandt", "Dana Whitfield"],
};

describe("the expert's view", () => {
  it("shows only the documents the reviewer chose, and no name from the application anywhere, saying so", async () => {
    await using workflows = await introspectWorkflow(env.CASE_REVIEW);
    const application = validApplication({
      applicant: { name: named.applicant, otherNames: named.otherNames, prisonNumber: "KX-4471", inCustody: true },
      submitter: { role: "family", name: named.submitter, email: "maria@example.com", relationship: "mother" },
      lawyers: [
        { role: "current", name: named.current, email: "ann@lawfirm.example.com", mayContact: true, notify: true },
        { role: "trial", name: named.trial, mayContact: false },
      ],
      contacts: [{ role: "supporter", name: named.contact, email: "tom@example.com", notify: true }],
      conviction: { jurisdiction: "US-PA", offenses: "Robbery", court: "Court of Common Pleas" },
      claim: {
        innocenceStatement: `Daniel was with ${named.contact} that night. ${named.trial} never called ${named.coDefendants[0]}. Mr. Ortega is innocent; DANIEL ORTEGA says so.`,
        newEvidence: "Danny's jacket can be tested for DNA.",
        coDefendants: named.coDefendants.join(", "),
      },
    });
    const { kase, instance, files } = await submitWithDocuments(workflows, application, [
      { name: "Daniel_Ortega lab report.pdf", text: "lab" },
      { name: "police report.pdf", text: "police" },
    ]);
    const [lab, police] = files;
    if (!lab || !police) throw new Error("two documents");
    await instance.waitForStepResult({ name: "send for assign reviewers round 1" });

    const review = await linkFor(kase.reference, "review");
    const form = await (await request(review, en)).text();
    expect(form).toContain('name="expertDocuments"');
    expect(form).toContain(`value="${lab.id}"`);
    // A document of another case, or none at all, is refused with its field named.
    const refused = await postForm(review, {
      decision: "consult_expert",
      expertEmail: "dr.dna@lab.example.org",
      questions: "Can it be retested?",
      expertDocuments: "not-a-document",
    });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Choose documents from the list.");
    await postForm(review, {
      decision: "consult_expert",
      expertEmail: "dr.dna@lab.example.org",
      questions: `${named.applicant} says ${named.trial} ignored the alibi. Can the jacket ${named.coDefendants[1]} wore be tested? Ask Maria if needed.`,
      expertDocuments: lab.id,
    });
    await instance.waitForStepResult({ name: "send for consult_expert round 1" });

    const consult = await linkFor(kase.reference, "consult", "dr.dna@lab.example.org");
    const page = await (await request(consult, en)).text();
    const names = [
      named.applicant,
      named.otherNames,
      named.submitter,
      named.current,
      named.trial,
      named.contact,
      ...named.coDefendants,
    ];
    const words = names.flatMap((name) => name.split(/[\s-]+/));
    for (const name of names) expect(page.toLowerCase(), name).not.toContain(name.toLowerCase());
    for (const word of words) expect(page, word).not.toMatch(new RegExp(`\\b${word}\\b`));
    expect(page).toContain("Names from the application are replaced by each person");
    expect(page).toContain("[the applicant] says [the trial lawyer] ignored the alibi");
    expect(page).toContain("[a co-defendant]");
    expect(page).toContain("with [a supporter] that night");
    // The documents: the chosen one, under a name without names; the other is not there.
    expect(page).toContain("lab report.pdf");
    expect(page).not.toContain("police report.pdf");
    const token = consult.split("/").pop();
    const chosen = await request(`/files/${token}/${lab.id}`);
    expect(chosen.status).toBe(200);
    expect(decodeURIComponent(chosen.headers.get("Content-Disposition") ?? "")).not.toMatch(/Daniel|Ortega/);
    await chosen.arrayBuffer();
    expect((await request(`/files/${token}/${police.id}`)).status).toBe(404);
    // The email that asked the expert carries the question without the names, too.
    const [asked] = await mailFor(kase.reference, { to: "dr.dna@lab.example.org" });
    const mail: MailboxMessage | undefined = asked ?? (await mailbox()).find((m) => m.to === "dr.dna@lab.example.org");
    for (const name of names) expect(mail?.text, name).not.toContain(name);
    expect(mail?.text).toContain("[the applicant] says [the trial lawyer] ignored the alibi");
  });
});

import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { accessJwt, addStaffMember, asAccess, request, staffRequest, submitApplication } from "../helpers";
import { type CreatedCase, expectJson, shapes } from "../http";

const ukConviction = { jurisdiction: "GB", offenses: "Murder", trialOrPlea: "trial", appealStatus: "none" };

let inPennsylvania: CreatedCase;
let inBritain: CreatedCase;
let byPrisonNumber: CreatedCase;
let someoneElse: CreatedCase;

beforeAll(async () => {
  inPennsylvania = await submitApplication({
    applicant: { name: "José Álvarez-Núñez", dateOfBirth: "1975-03-14", prisonNumber: "GX 004417" },
  });
  // The same person applying at another member, writing the name another way and without a number.
  inBritain = await submitApplication({
    organization: "demo-uk",
    conviction: ukConviction,
    applicant: { name: "ALVAREZ NUNEZ, Jose", dateOfBirth: "1975-03-14" },
  });
  // And again with the prison number written differently and no date of birth.
  byPrisonNumber = await submitApplication({ applicant: { name: "jose alvarez nunez", prisonNumber: "gx-4417" } });
  someoneElse = await submitApplication({ applicant: { name: "José Álvarez-Núñez", dateOfBirth: "1975-03-15" } });
  await addStaffMember("coordinator@demo-pa.example.org", "org-demo-pa");
});

async function duplicatesOf(caseId: string, init?: RequestInit) {
  const response = init
    ? await request(`/api/v1/cases/${caseId}`, init)
    : await staffRequest(`/api/v1/cases/${caseId}`);
  return (await expectJson(response, 200, shapes.case)).possibleDuplicates;
}

describe("duplicate detection across the network", () => {
  it("flags the same person at another member organization, and shows network staff where", async () => {
    const found = await duplicatesOf(inBritain.id);
    expect(found).toContainEqual({
      organization: { slug: "demo-pa", name: expect.any(String) },
      submittedAt: expect.any(String),
      matchedOn: ["name_birth_date"],
      id: inPennsylvania.id,
      reference: inPennsylvania.reference,
      status: expect.any(String),
    });
  });

  it("matches a prison number written with other spacing, dashes and leading zeros", async () => {
    const found = await duplicatesOf(byPrisonNumber.id);
    expect(found.map((d) => d.reference)).toContain(inPennsylvania.reference);
    expect(found.find((d) => d.reference === inPennsylvania.reference)?.matchedOn).toEqual(["name_prison_number"]);
  });

  it("does not flag a different person (another date of birth)", async () => {
    expect(await duplicatesOf(someoneElse.id)).toEqual([]);
  });

  it("organization staff see that the person applied at another member, but not that case", async () => {
    const jwt = await accessJwt({ email: "coordinator@demo-pa.example.org" });
    const found = await duplicatesOf(inPennsylvania.id, asAccess(jwt));
    const elsewhere = found.find((d) => d.organization.slug === "demo-uk");
    expect(elsewhere).toEqual({
      organization: { slug: "demo-uk", name: expect.any(String) },
      submittedAt: expect.any(String),
      matchedOn: ["name_birth_date"],
    });
    const here = found.find((d) => d.organization.slug === "demo-pa");
    expect(here?.reference).toBe(byPrisonNumber.reference);
  });

  it("the queue counts possible duplicates", async () => {
    const { cases } = await expectJson(await staffRequest("/api/v1/cases?limit=200"), 200, shapes.queuePage);
    const count = (id: string) => cases.find((c) => c.id === id)?.possibleDuplicates;
    expect(count(inPennsylvania.id)).toBe(2);
    expect(count(inBritain.id)).toBe(1);
    expect(count(someoneElse.id)).toBe(0);
  });

  it("keeps only keyed hashes, nothing readable about the person", async () => {
    const { results } = await env.DB.prepare("SELECT kind, key_hash FROM person_keys WHERE case_id = ?")
      .bind(inPennsylvania.id)
      .all<{ kind: string; key_hash: string }>();
    expect(results.map((r) => r.kind).sort()).toEqual(["name_birth_date", "name_prison_number"]);
    for (const { key_hash } of results) {
      expect(key_hash).toMatch(/^[0-9a-f]{64}$/);
    }
    // Without the secret key, hashing a guessed name gives nothing that matches.
    const guess = new Uint8Array(
      await crypto.subtle.digest(
        "SHA-256",
        new TextEncoder().encode("name_birth_date\nalvarez jose nunez\n1975-03-14"),
      ),
    );
    const guessed = Array.from(guess, (b) => b.toString(16).padStart(2, "0")).join("");
    expect(results.map((r) => r.key_hash)).not.toContain(guessed);
  });
});

import { describe, expect, it } from "vitest";
import { countRows, postApplication, request, validApplication } from "../helpers";
import { expectError, expectStatus } from "../http";

/** Removes the value at a dotted path from a copy of the valid application. */
function without(path: string) {
  const application: Record<string, unknown> = structuredClone(validApplication());
  const segments = path.split(".");
  const last = segments.pop() as string;
  let node = application;
  for (const segment of segments) node = node[segment] as Record<string, unknown>;
  delete node[last];
  return application;
}

async function expectRefused(body: unknown, path: string, message: RegExp) {
  const casesBefore = await countRows("cases");
  const payload = await expectError(await postApplication(body), 400, "invalid_request");
  expect(payload.error.issues, JSON.stringify(payload)).toContainEqual({
    path,
    message: expect.stringMatching(message),
  });
  expect(await countRows("cases")).toBe(casesBefore);
}

describe("required fields", () => {
  it.each([
    ["submitter.role", /Choose one of the options/],
    ["submitter.name", /Fill this in/],
    ["applicant.name", /Fill this in/],
    ["conviction.jurisdiction", /Fill this in/],
    ["conviction.offenses", /Fill this in/],
    ["claim.innocenceStatement", /Fill this in/],
    ["consent.dataProcessing", /only review the case with this permission/],
  ])("missing %s is a 400 naming it, with nothing stored", async (path, message) => {
    await expectRefused(without(path), path, message);
  });

  it("needs an email or a postal address for the submitter", async () => {
    await expectRefused(without("submitter.email"), "submitter.email", /email address or a postal address/);
  });

  it("a person applying for themselves may give only the applicant's name and prison address", async () => {
    const response = await postApplication(
      validApplication({
        submitter: { role: "self" },
        applicant: { name: "Daniel Ortega", postalAddress: "SCI Example, PO Box 1, Example PA" },
      }),
    );
    await expectStatus(response, 201);
  });
});

describe("malformed values", () => {
  it.each([
    [
      { submitter: { ...validApplication().submitter, email: "not-an-email" } },
      "submitter.email",
      /email address like/,
    ],
    [{ applicant: { name: "D", dateOfBirth: "29/02/1980" } }, "applicant.dateOfBirth", /year-month-day/],
    [{ conviction: { jurisdiction: "Pennsylvania", offenses: "x" } }, "conviction.jurisdiction", /Choose a place/],
    [
      { conviction: { jurisdiction: "US-PA", offenses: "x", appealStatus: "won" } },
      "conviction.appealStatus",
      /Choose one/,
    ],
    [{ consent: { dataProcessing: "yes" } }, "consent.dataProcessing", /only review the case/],
    [{ claim: { innocenceStatement: "x".repeat(20_001) } }, "claim.innocenceStatement", /too long/],
    [{ lawyers: [{ role: "judge", name: "X" }] }, "lawyers.0.role", /Choose one/],
    [{ organization: "nowhere" }, "organization", /Choose an organization/],
    [
      { organization: undefined, conviction: { jurisdiction: "FR", offenses: "x" } },
      "conviction.jurisdiction",
      /No organization in this network takes cases from there/,
    ],
  ])("%j is refused at %s", async (override, path, message) => {
    await expectRefused(validApplication(override), path, message);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await postApplication("{not json");
    expect((await expectError(response, 400, "invalid_request")).error.message).toMatch(/not valid JSON/);
  });

  it("refuses other content types with 415", async () => {
    const response = await postApplication("name=x", { "Content-Type": "text/plain" });
    await expectError(response, 415, "unsupported_media_type");
  });

  it("answers unknown API paths in the one error shape", async () => {
    const response = await request("/api/v1/nothing-here");
    expect(await expectError(response, 404, "not_found")).toEqual({
      error: { code: "not_found", message: "Not found.", requestId: expect.any(String) },
    });
  });
});

import { describe, expect, it } from "vitest";
import { fieldId, formToApplication } from "../../src/lib/form-data";

const fields = (entries: [string, string | string[]][]) =>
  new Map(entries.map(([name, value]) => [name, Array.isArray(value) ? value : [value]]));

describe("formToApplication", () => {
  it("nests JSON-path names and turns yes/no answers into booleans", () => {
    const { input } = formToApplication(
      fields([
        ["submitter.name", "Maria"],
        ["applicant.inCustody", "false"],
        ["consent.dataProcessing", "true"],
        ["claim.evidenceTypes", ["dna", "alibi"]],
        ["submissionId", "ignored"],
      ]),
    );
    expect(input).toEqual({
      submitter: { name: "Maria" },
      applicant: { inCustody: false },
      conviction: {},
      claim: { evidenceTypes: ["dna", "alibi"] },
      consent: { dataProcessing: true },
      lawyers: [],
      contacts: [],
    });
  });

  it("drops empty blocks and maps error paths back to the block that was filled", () => {
    const { input, fieldName } = formToApplication(
      fields([
        ["lawyers.0.role", "trial"],
        ["lawyers.0.name", ""],
        ["lawyers.2.role", "current"],
        ["lawyers.2.name", "Ann"],
        ["contacts.1.name", "Tom"],
        ["contacts.1.notify", "true"],
      ]),
    );
    expect(input.lawyers).toEqual([{ role: "current", name: "Ann" }]);
    expect(input.contacts).toEqual([{ name: "Tom", notify: true }]);
    expect(fieldName("lawyers.0.email")).toBe("lawyers.2.email");
    expect(fieldName("contacts.0.email")).toBe("contacts.1.email");
    expect(fieldName("applicant.name")).toBe("applicant.name");
  });

  it("ignores field names that would reach Object.prototype", () => {
    formToApplication(
      fields([
        ["__proto__.polluted", "yes"],
        ["submitter.constructor.prototype.polluted", "yes"],
      ]),
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("gives every field an HTML id", () => {
    expect(fieldId("contacts.0.email")).toBe("f-contacts-0-email");
  });
});

import { describe, expect, it } from "vitest";
import { nameRedactor, namesInApplication } from "../../src/lib/redact-names";
import { type Application, applicationSchema } from "../../src/schemas/application";
import { validApplication } from "../helpers";

function application(overrides: Record<string, unknown> = {}): Application {
  return applicationSchema.parse(validApplication(overrides));
}

const label = (role: string) => `[${role}]`;

describe("names from the application, replaced by roles", () => {
  it("finds everyone the application names, with their role", () => {
    const names = namesInApplication(
      application({
        applicant: { name: "Daniel Ortega", otherNames: "Danny O; D. Ortega-Ruiz" },
        claim: { innocenceStatement: "x", coDefendants: "Carl Brandt, Dana Whitfield and Eve Stone" },
      }),
    );
    expect(names).toEqual([
      { name: "Daniel Ortega", role: "applicant" },
      { name: "Danny O", role: "applicant" },
      { name: "D. Ortega-Ruiz", role: "applicant" },
      { name: "Maria Ortega", role: "submitter" },
      { name: "Ann Counsel", role: "current_attorney" },
      { name: "Tom Friend", role: "supporter" },
      { name: "Carl Brandt", role: "co_defendant" },
      { name: "Dana Whitfield", role: "co_defendant" },
      { name: "Eve Stone", role: "co_defendant" },
    ]);
  });

  it("replaces whole names in any case, and capitalized words of a name; a shared surname says nobody", () => {
    const redactor = nameRedactor(application(), label);
    expect(redactor.redact("DANIEL ORTEGA met daniel   ortega and Tom Friend.")).toBe(
      "[applicant] met [applicant] and [supporter].",
    );
    expect(redactor.redact("Daniel asked Maria; Mrs. Ortega called Ann.")).toBe(
      "[applicant] asked [submitter]; Mrs. [person] called [current_attorney].",
    );
    expect(redactor.replaced).toBe(7);
  });

  it("leaves a name that is also a common word where the text writes it in lower case", () => {
    const redactor = nameRedactor(application({ applicant: { name: "Will Rose" } }), label);
    expect(redactor.redact("He will bring a rose. Will said Rose was there.")).toBe(
      "He will bring a rose. [applicant] said [applicant] was there.",
    );
  });

  it("does not touch words that only contain a name", () => {
    const redactor = nameRedactor(
      application({ contacts: [{ role: "family", name: "Ann Lee", notify: false }] }),
      label,
    );
    // "Ann" is the first name of two people here (Ann Counsel, Ann Lee), so it names nobody in particular.
    expect(redactor.redact("Annual leave; Anna Leeds; Ann.")).toBe("Annual leave; Anna Leeds; [person].");
    expect(redactor.redact("Lee's car")).toBe("[family]'s car");
  });

  it("replaces names in scripts without spaces or capitals wherever they stand", () => {
    const redactor = nameRedactor(
      application({
        language: "ja",
        applicant: { name: "山田 太郎" },
        submitter: { role: "family", name: "山田花子", email: "hanako@example.jp" },
        lawyers: [],
        contacts: [],
      }),
      label,
    );
    expect(redactor.redact("山田 太郎さんは山田花子さんの息子です。太郎さんは無実です。")).toBe(
      "[applicant]さんは[submitter]さんの息子です。[applicant]さんは無実です。",
    );
  });
});

import { describe, expect, it } from "vitest";
import { caseStatuses } from "../../src/db/schema";
import { isOneOf } from "../../src/lib/is-one-of";

describe("isOneOf", () => {
  it.each([
    ["in_review", true],
    ["in review", false],
    ["", false],
    [undefined, false],
  ])("%s is a case status: %s", (value: string | undefined, expected) => {
    expect(isOneOf(caseStatuses, value)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/lib/csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["two\r\nlines", '"two\r\nlines"'],
    ["Müller 東京", "Müller 東京"],
  ])("%j → %j (RFC 4180 quoting)", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ["=1+2", "'=1+2"],
    ["+1", "'+1"],
    ["-1+2", "'-1+2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\rcmd", '"\'\rcmd"'],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
  ])("text that a spreadsheet would run as a formula is neutralised: %j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("leaves formula characters inside text alone", () => {
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("Smith-Jones")).toBe("Smith-Jones");
  });

  it("writes numbers and booleans as they are, and null as an empty cell", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(0)).toBe("0");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
  });
});

describe("toCsv", () => {
  it("ends every line, the last too, with CRLF", () => {
    expect(
      toCsv(
        ["id", "name", "overdue"],
        [
          ["1", "Ann, Jr.", false],
          ["2", null, true],
        ],
      ),
    ).toBe('id,name,overdue\r\n1,"Ann, Jr.",false\r\n2,,true\r\n');
  });

  it("is only the header line when there are no rows", () => {
    expect(toCsv(["id", "reference"], [])).toBe("id,reference\r\n");
  });
});

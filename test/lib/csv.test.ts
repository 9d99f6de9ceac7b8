import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvCell, csvLine } from "../../src/lib/csv";

describe("csvCell", () => {
  it.each([
    ["plain", "plain"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["two\r\nlines", '"two\nlines"'],
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
    ["\rcmd", '"\'\ncmd"'],
    ["\ncmd", '"\'\ncmd"'],
    [" =1+2", "' =1+2"],
    ["\u3000=1+2", "'\u3000=1+2"],
    ["\uff1d1+2", "'\uff1d1+2"],
    ["\u0000=1+2", "'=1+2"],
    ["\u0000\u0001@SUM(A1)", "'@SUM(A1)"],
    ["\u202e=1+2", "'=1+2"],
    ["\u2066\u0085-1+2", "'-1+2"],
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
  ])("text that a spreadsheet would run as a formula is neutralised: %j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it("drops control characters and direction overrides from every cell, and neutralises what they hid", () => {
    const controls = fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u202e", "\u2066", "\r", " ");
    const start = fc.constantFrom("=", "+", "-", "@", "\t", "\n", "\uff1d", "a", "1", "é");
    fc.assert(
      fc.property(
        fc.array(controls, { maxLength: 4 }),
        start,
        fc.string({ unit: "binary", maxLength: 20 }),
        (pre, first, rest) => {
          const cell = csvCell(`${pre.join("")}${first}${rest}`);
          const content = cell.startsWith('"') ? cell.slice(1, -1).replaceAll('""', '"') : cell;
          // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
          expect(content).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
          if (/^\s*[=+\-@\uff1d]|^[\t\n]/.test(content.replace(/^'/, ""))) expect(content.startsWith("'")).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
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

describe("csvLine", () => {
  it("joins the cells with commas and ends the line, the last too, with CRLF", () => {
    expect(csvLine(["id", "name", "overdue"]) + csvLine(["1", "Ann, Jr.", false]) + csvLine(["2", null, true])).toBe(
      'id,name,overdue\r\n1,"Ann, Jr.",false\r\n2,,true\r\n',
    );
  });
});

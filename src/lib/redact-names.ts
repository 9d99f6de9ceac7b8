import type { Application } from "../schemas/application";

/** The roles a name from the application is replaced by, in the expert's view. */
export const namedRoles = [
  "applicant",
  "submitter",
  "family",
  "supporter",
  "trial_attorney",
  "appeal_attorney",
  "current_attorney",
  "co_defendant",
  /** A word of several people's names (a shared surname): which one is meant cannot be told. */
  "person",
] as const;
export type NamedRole = (typeof namedRoles)[number];

type Named = { name: string; role: NamedRole };

const lawyerRoles = { trial: "trial_attorney", appeal: "appeal_attorney", current: "current_attorney" } as const;

/** Words of names that say nothing about who is meant, and that ordinary text is full of. */
const particles = new Set(
  [
    "jr",
    "sr",
    "ii",
    "iii",
    "mr",
    "mrs",
    "ms",
    "dr",
    "de",
    "da",
    "do",
    "di",
    "du",
    "la",
    "le",
    "el",
    "del",
    "des",
  ].concat(["dos", "das", "van", "von", "der", "den", "ten", "ter", "bin", "ibn", "al", "and", "the", "y", "e"]),
);

/** Several names in one field (other names, co-defendants), however they were separated. */
function splitNames(text: string | undefined): string[] {
  return (text ?? "")
    .split(/[,;/\n]|\band\b|\by\b|、|・/u)
    .map((name) => name.trim())
    .filter((name) => name.length >= 2);
}

/** Everyone the application names, with their role; the applicant first. */
export function namesInApplication(application: Application): Named[] {
  const named: Named[] = [
    { name: application.applicant.name, role: "applicant" },
    ...splitNames(application.applicant.otherNames).map((name) => ({ name, role: "applicant" as const })),
  ];
  if (application.submitter.role !== "self")
    named.push({
      name: application.submitter.name,
      role: application.submitter.role === "defense_attorney" ? "current_attorney" : "submitter",
    });
  for (const lawyer of application.lawyers) named.push({ name: lawyer.name, role: lawyerRoles[lawyer.role] });
  for (const contact of application.contacts) named.push({ name: contact.name, role: contact.role });
  for (const name of splitNames(application.claim.coDefendants)) named.push({ name, role: "co_defendant" });
  return named.filter((n) => n.name.trim().length >= 2);
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Scripts written without spaces between words, where a name has no word boundary to look for. */
const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function pattern(words: string[]): RegExp {
  const alternatives = words
    .sort((a, b) => b.length - a.length)
    .map((word) =>
      unspaced.test(word)
        ? escapeForRegExp(word)
        : `(?<![\\p{L}\\p{N}])${escapeForRegExp(word).replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}])`,
    );
  return new RegExp(alternatives.join("|"), "giu");
}

export type NameRedactor = {
  /** The text with every name replaced by its role's label; counts what it replaced. */
  redact(text: string): string;
  /** How many names were replaced so far. */
  readonly replaced: number;
};

/**
 * Replaces the names an application gives — whole names in any case, and the words of a name
 * (a surname, a first name) where the text capitalizes them — with the role of the person, so an
 * expert reads "[the applicant]" where the reviewer wrote the applicant's name. Words of a name
 * written in lower case are left, so that a name that is also a common word ("Will", "Rose") does
 * not blank that word everywhere; a name in a script without capitals is always replaced.
 */
export function nameRedactor(application: Application, label: (role: NamedRole) => string): NameRedactor {
  const named = namesInApplication(application);
  const normal = (name: string) => name.trim().toLowerCase().replace(/\s+/g, " ");
  // One person may be named twice (the submitter, again as a contact): their first role stands.
  const roleOf = new Map<string, NamedRole>();
  for (const { name, role } of named) if (!roleOf.has(normal(name))) roleOf.set(normal(name), role);
  const wholeNames = new Set(roleOf.keys());
  const owners = new Map<string, Set<string>>();
  for (const person of wholeNames) {
    for (const part of person.split(/[\s.,'’"()-]+/u)) {
      if (wholeNames.has(part) || particles.has(part) || (part.length < 3 && !unspaced.test(part))) continue;
      owners.set(part, (owners.get(part) ?? new Set()).add(person));
    }
  }
  // A word shared by two people's names (a family's surname) cannot say which of them is meant.
  const parts = new Map(
    [...owners].map(([part, people]): [string, NamedRole] => [
      part,
      people.size === 1 ? (roleOf.get([...people][0] ?? "") ?? "person") : "person",
    ]),
  );
  const whole = wholeNames.size > 0 ? pattern([...wholeNames]) : undefined;
  const words = parts.size > 0 ? pattern([...parts.keys()]) : undefined;
  let replaced = 0;
  return {
    redact(text: string) {
      let result = whole
        ? text.replace(whole, (match) => {
            replaced++;
            return label(roleOf.get(normal(match)) ?? "person");
          })
        : text;
      if (words)
        result = result.replace(words, (match) => {
          const first = match[0] ?? "";
          if (first === first.toLowerCase() && first !== first.toUpperCase()) return match;
          replaced++;
          return label(parts.get(match.toLowerCase()) ?? "person");
        });
      return result;
    },
    get replaced() {
      return replaced;
    },
  };
}

/** @jsxImportSource react */
import { Heading, Link, Section, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { applicantSideGreeting, Lines, Paragraphs, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

export const CaseDeclinedProps = z.object({
  language: z.enum(languages),
  audience: z.enum(["submitter", "contact", "attorney"]),
  recipientName: z.string(),
  applicantName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  /** Plain-language sentences, already in the recipient's language (see `declineReasons` in the catalogs, `src/i18n/<lang>.ts`). */
  reasons: z.array(z.string()),
  /** Other organizations that might help; a letter gives their postal address, and no website to someone in prison. */
  directory: z.array(
    z.object({
      name: z.string(),
      jurisdictions: z.string(),
      website: z.string().optional(),
      postalAddress: z.string().optional(),
    }),
  ),
});
export type CaseDeclinedProps = z.infer<typeof CaseDeclinedProps>;

/** An http(s) address for a directory website, or null when it cannot be a safe link. */
function websiteHref(website: string | undefined): string | null {
  if (!website) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(website) ? website : `https://${website}`;
  try {
    const url = new URL(candidate);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}

export function caseDeclinedSubject({ language, reference }: Pick<CaseDeclinedProps, "language" | "reference">) {
  return messages[language].emails.caseDeclined.subject(reference);
}

export default function CaseDeclined(props: CaseDeclinedProps) {
  const e = messages[props.language].emails;
  const t = e.caseDeclined;
  const subject = caseDeclinedSubject(props);
  const paragraphs = t.body[props.audience](props.organizationName, props.applicantName);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.applicantSide}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{applicantSideGreeting(props.language, props.audience, props.recipientName)}</Text>
      <Paragraphs items={paragraphs} />
      {props.reasons.length > 0 ? (
        <Section>
          <Text style={styles.paragraph}>{t.reasonsLabel}</Text>
          <ul style={styles.paragraph}>
            {props.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {props.directory.length > 0 ? (
        <Section>
          <Text style={styles.paragraph}>{t.directoryLabel}</Text>
          <ul style={styles.paragraph}>
            {props.directory.map((entry) => {
              const href = websiteHref(entry.website);
              return (
                <li key={entry.name} style={{ marginBottom: "8px" }}>
                  <strong>{entry.name}</strong>
                  <br />
                  {t.takesCasesFrom}: {entry.jurisdictions}
                  {entry.postalAddress ? (
                    <>
                      <br />
                      <Lines text={entry.postalAddress} />
                    </>
                  ) : null}
                  {href ? (
                    <>
                      <br />
                      <Link href={href} style={styles.link}>
                        {href}
                      </Link>
                    </>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Section>
      ) : null}
      <Text style={styles.paragraph}>{t.elsewhere[props.audience]}</Text>
      <Reference label={e.referenceLabel.plain} reference={props.reference} />
    </Layout>
  );
}

CaseDeclined.PreviewProps = {
  language: "en",
  audience: "submitter",
  recipientName: "Maria Example",
  applicantName: "Daniel Example",
  organizationName: "Pennsylvania Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  reasons: [
    "The conviction happened in a place this organization does not cover.",
    "The case still has appeals in court. We can only look at it after they end.",
  ],
  directory: [
    { name: "Mid-Atlantic Innocence Project (demo)", jurisdictions: "DC, MD, VA", website: "https://example.org/maip" },
    { name: "Ohio Innocence Project (demo)", jurisdictions: "Ohio" },
  ],
} satisfies CaseDeclinedProps;

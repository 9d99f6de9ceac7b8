/** @jsxImportSource react */
import { Heading, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { formatDate, Lines, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

/**
 * The letter asking whoever keeps a case's physical evidence (a court clerk, a police evidence room,
 * a laboratory) to preserve it, printed at /staff/letters in the language of the place of conviction.
 * The letters page prints the custodian's name and address above it.
 */
export const PreservationRequestProps = z.object({
  language: z.enum(languages),
  reference: z.string(),
  organizationName: z.string(),
  /** Where the custodian may write back besides the post: the organization's intake address. */
  organizationEmail: z.string(),
  applicant: z.object({
    name: z.string(),
    otherNames: z.string().optional(),
    dateOfBirth: z.iso.date().optional(),
  }),
  conviction: z.object({
    /** The place of conviction, named in the letter's language. */
    place: z.string(),
    court: z.string().optional(),
    caseNumber: z.string().optional(),
    offenses: z.string(),
    convictionDate: z.iso.date().optional(),
  }),
});
export type PreservationRequestProps = z.infer<typeof PreservationRequestProps>;

export function preservationRequestSubject({
  language,
  reference,
}: Pick<PreservationRequestProps, "language" | "reference">) {
  return messages[language].emails.preservationRequest.subject(reference);
}

export default function PreservationRequest(props: PreservationRequestProps) {
  const e = messages[props.language].emails;
  const t = e.preservationRequest;
  const subject = preservationRequestSubject(props);
  const { applicant, conviction } = props;
  const date = (iso: string | undefined) => (iso ? formatDate(props.language, iso) : undefined);
  const facts: [string, string | undefined][] = [
    [t.facts.person, applicant.name],
    [t.facts.otherNames, applicant.otherNames],
    [t.facts.dateOfBirth, date(applicant.dateOfBirth)],
    [t.facts.place, conviction.place],
    [t.facts.court, conviction.court],
    [t.facts.caseNumber, conviction.caseNumber],
    [t.facts.offenses, conviction.offenses],
    [t.facts.convictionDate, date(conviction.convictionDate)],
  ];
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.custodian}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{t.greeting}</Text>
      <Text style={styles.paragraph}>{t.intro(props.organizationName, applicant.name)}</Text>
      <Text style={styles.paragraph}>{t.ask}</Text>
      <Heading as="h2" style={styles.heading}>
        {t.caseTitle}
      </Heading>
      <Text style={styles.paragraph}>
        <Lines
          text={facts
            .flatMap(([label, value]) => (value ? [`${label}: ${value.replace(/\s*\n\s*/g, ", ")}`] : []))
            .join("\n")}
        />
      </Text>
      <Text style={styles.paragraph}>{t.answer(props.organizationEmail)}</Text>
      <Reference label={e.referenceLabel.plain} reference={props.reference} />
      <Text style={styles.paragraph}>
        <Lines text={t.signOff(props.organizationName)} />
      </Text>
    </Layout>
  );
}

PreservationRequest.PreviewProps = {
  language: "en",
  reference: "IN-2026-K7M3QX",
  organizationName: "Keystone Innocence Project (demo)",
  organizationEmail: "intake@demo-pa.example.org",
  applicant: { name: "Daniel Example", dateOfBirth: "1984-03-02" },
  conviction: {
    place: "United States — PA",
    court: "Court of Common Pleas, Philadelphia County",
    caseNumber: "CP-51-CR-0001234-2009",
    offenses: "Robbery",
    convictionDate: "2009-06-01",
  },
} satisfies PreservationRequestProps;

/** @jsxImportSource react */
import { Heading, Text } from "@react-email/components";
import * as z from "zod";
import { languages, messages } from "../src/lib/i18n";
import { Layout } from "./_components/layout";
import { Paragraphs, Reference } from "./_components/parts";
import * as styles from "./_components/styles";

/**
 * To a person in prison someone else applied for: who applied, that they can write to the
 * organization, and, when the organization asks for it, that review waits for their written
 * agreement. Always a letter: the person has no email address on the case.
 */
export const AppliedForYouProps = z.object({
  language: z.enum(languages),
  recipientName: z.string(),
  organizationName: z.string(),
  reference: z.string(),
  /** Who applied for them. */
  submitterName: z.string(),
  submitterRole: z.enum(["family", "supporter", "defense_attorney"]),
  /** What the submitter said they are to the person ("mother"), if they said. */
  relationship: z.string().optional(),
  /** The organization reviews the case only once the person agreed in writing. */
  confirmationRequired: z.boolean(),
});
export type AppliedForYouProps = z.infer<typeof AppliedForYouProps>;

export function appliedForYouSubject({ language, reference }: Pick<AppliedForYouProps, "language" | "reference">) {
  return messages[language].emails.appliedForYou.subject(reference);
}

export default function AppliedForYou(props: AppliedForYouProps) {
  const e = messages[props.language].emails;
  const t = e.appliedForYou;
  const subject = appliedForYouSubject(props);
  const who = t.who(props.submitterName, props.relationship ?? t.roles[props.submitterRole]);
  return (
    <Layout language={props.language} preview={subject} footer={e.footer.applicantSide}>
      <Heading style={styles.heading}>{subject}</Heading>
      <Text style={styles.paragraph}>{e.greeting.person(props.recipientName)}</Text>
      <Paragraphs
        items={[
          t.intro(who, props.organizationName),
          t.yourSay,
          props.confirmationRequired ? t.confirm : t.next(props.submitterName),
        ]}
      />
      <Reference label={e.referenceLabel.yours} reference={props.reference} />
    </Layout>
  );
}

AppliedForYou.PreviewProps = {
  language: "en",
  recipientName: "Daniel Example",
  organizationName: "Keystone Innocence Project (demo)",
  reference: "IN-2026-K7M3QX",
  submitterName: "Maria Example",
  submitterRole: "family",
  relationship: "mother",
  confirmationRequired: true,
} satisfies AppliedForYouProps;

/** @jsxImportSource react */
import { Button, Heading, Section, Text } from "@react-email/components";
import { createElement, Fragment } from "react";
import { longDate } from "../../src/lib/dates";
import { type Language, messages } from "../../src/lib/i18n";
import { Layout } from "./layout";
import { emailOnly } from "./letter";
import * as styles from "./styles";

/** An ISO date (`2026-12-01`) as the reader writes dates. */
export function formatDate(language: string, isoDate: string) {
  return longDate(language, new Date(`${isoDate}T00:00:00Z`));
}

/** Free text with its line breaks kept as `<br>` (more mail clients honor it than `white-space`). */
export function Lines({ text }: { text: string }) {
  const parts = text
    .trim()
    .split(/\r\n?|\n/)
    .flatMap((line, index) => (index === 0 ? [line] : [createElement("br"), line]));
  return createElement(Fragment, null, ...parts);
}

/** The case reference, set large enough to copy onto paper. */
export function Reference({ label, reference }: { label: string; reference: string }) {
  return (
    <>
      <Text style={styles.paragraph} {...emailOnly}>
        {label}:
      </Text>
      <Text style={styles.reference} {...emailOnly}>
        {reference}
      </Text>
    </>
  );
}

/**
 * The link to act on: a button, then the address itself with a note. A letter keeps the note and
 * the address; one to someone in prison has no link at all (`url` left out).
 */
export function ActionLink({ url, label, note }: { url: string | undefined; label: string; note: string }) {
  if (!url) return null;
  return (
    <>
      <Section {...emailOnly}>
        <Button href={url} style={styles.button}>
          {label}
        </Button>
      </Section>
      <Text style={styles.small}>
        {note} {url}
      </Text>
    </>
  );
}

export function Paragraphs({ items }: { items: readonly string[] }) {
  return (
    <>
      {items.map((paragraph) => (
        <Text key={paragraph} style={styles.paragraph}>
          {paragraph}
        </Text>
      ))}
    </>
  );
}

/** Who on the applicant's side an update is for: the submitter, a named contact, or a lawyer. */
type Audience = "submitter" | "contact" | "attorney";

/** "Dear …" for the applicant's side, addressing a lawyer as one where the language does. */
export function applicantSideGreeting(language: Language, audience: Audience, name: string) {
  const greeting = messages[language].emails.greeting;
  return audience === "attorney" ? greeting.lawyer(name) : greeting.person(name);
}

type UpdateProps = {
  language: Language;
  audience: Audience;
  recipientName: string;
  subject: string;
  paragraphs: readonly string[];
  reference: string;
};

/** A short piece of news for the applicant's side: greeting, a few paragraphs, the reference. */
export function ApplicantUpdate(props: UpdateProps) {
  const e = messages[props.language].emails;
  return (
    <Layout language={props.language} preview={props.subject} footer={e.footer.applicantSide}>
      <Heading style={styles.heading}>{props.subject}</Heading>
      <Text style={styles.paragraph}>{applicantSideGreeting(props.language, props.audience, props.recipientName)}</Text>
      <Paragraphs items={props.paragraphs} />
      <Reference label={e.referenceLabel.plain} reference={props.reference} />
    </Layout>
  );
}

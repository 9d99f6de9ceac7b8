/** @jsxImportSource react */
import { Heading, Text } from "@react-email/components";
import { createElement, Fragment } from "react";
import { Layout } from "./layout";
import * as styles from "./styles";

/** An ISO date (`2026-12-01`) as the reader writes dates. */
export function formatDate(language: string, isoDate: string) {
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
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
      <Text style={styles.paragraph}>{label}:</Text>
      <Text style={styles.reference}>{reference}</Text>
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

type UpdateProps = {
  language: string;
  subject: string;
  greeting: string;
  paragraphs: readonly string[];
  referenceLabel: string;
  reference: string;
  footer: string;
};

/** A short piece of news for the applicant's side: greeting, a few paragraphs, the reference. */
export function ApplicantUpdate(props: UpdateProps) {
  return (
    <Layout language={props.language} preview={props.subject} footer={props.footer}>
      <Heading style={styles.heading}>{props.subject}</Heading>
      <Text style={styles.paragraph}>{props.greeting}</Text>
      <Paragraphs items={props.paragraphs} />
      <Reference label={props.referenceLabel} reference={props.reference} />
    </Layout>
  );
}

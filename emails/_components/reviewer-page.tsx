/** @jsxImportSource react */
import { Link, Text } from "@react-email/components";
import { type Language, messages } from "../../src/lib/i18n";
import * as styles from "./styles";

/** The line every review email ends with: the reviewer's own page, and where to ask for it again. */
export function ReviewerPageLine({ language, url }: { language: Language; url: string }) {
  const t = messages[language].emails.reviewerPage;
  const askAgain = new URL("/reviewer", url).toString();
  return (
    <>
      <Text style={styles.paragraph}>
        {t.line} <Link href={url}>{url}</Link>
      </Text>
      <Text style={styles.small}>
        {t.note} {askAgain}
      </Text>
    </>
  );
}

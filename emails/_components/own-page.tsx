/** @jsxImportSource react */
import { Link, Text } from "@react-email/components";
import type { OwnPageRole } from "../../src/db/schema";
import { type Language, messages } from "../../src/lib/i18n";
import * as styles from "./styles";

/** The line a message ends with: the person's own page with all their cases, and where to ask for it again. */
export function OwnPageLine({ language, holder, url }: { language: Language; holder: OwnPageRole; url: string }) {
  const t = messages[language].emails.ownPage;
  const askAgain = new URL("/reviewer", url).toString();
  return (
    <>
      <Text style={styles.paragraph}>
        {t.line[holder]} <Link href={url}>{url}</Link>
      </Text>
      <Text style={styles.small}>
        {t.note} {askAgain}
      </Text>
    </>
  );
}

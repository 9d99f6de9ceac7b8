/** @jsxImportSource react */
import { Body, Container, Head, Hr, Html, Preview, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { fontStack } from "../../src/lib/fonts";
import type { Language } from "../../src/lib/i18n";
import { emailOnly } from "./letter";
import * as styles from "./styles";

type LayoutProps = { language: Language; preview: string; footer: string; children: ReactNode };

export function Layout({ language, preview, footer, children }: LayoutProps) {
  return (
    <Html lang={language}>
      <Head>
        <title>{preview}</title>
      </Head>
      <Body style={{ ...styles.body, fontFamily: fontStack(language) }}>
        <Preview>{preview}</Preview>
        <Container style={styles.container}>
          {children}
          <Hr {...emailOnly} />
          <Text style={styles.small} {...emailOnly}>
            {footer}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

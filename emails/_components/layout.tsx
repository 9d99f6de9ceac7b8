/** @jsxImportSource react */
import { Body, Container, Head, Hr, Html, Preview, Text } from "@react-email/components";
import type { ReactNode } from "react";
import { emailOnly } from "./letter";
import * as styles from "./styles";

type LayoutProps = { language: string; preview: string; footer: string; children: ReactNode };

export function Layout({ language, preview, footer, children }: LayoutProps) {
  return (
    <Html lang={language}>
      <Head>
        <title>{preview}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
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

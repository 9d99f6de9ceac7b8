import type { Child } from "hono/jsx";
import type { Language } from "../db/schema";
import { Layout } from "./layout";

/** A page that only says something: an error, a broken link, a duplicate. */
export function MessagePage({
  lang,
  path,
  title,
  body,
  children,
}: {
  lang: Language;
  path: string;
  title: string;
  body: string;
  children?: Child;
}) {
  return (
    <Layout lang={lang} title={title} path={path}>
      <h1>{title}</h1>
      <p>{body}</p>
      {children}
    </Layout>
  );
}

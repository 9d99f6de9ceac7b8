import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../env";
import { messages } from "../lib/i18n";
import { MessagePage } from "../pages/message";

/** The HTML answer for an error on a page: plain words, no details. */
export function errorPage(c: Context<AppEnv>, status: ContentfulStatusCode) {
  const t = messages[c.var.lang];
  const { title, body } = status === 404 ? t.notFound : t.serverError;
  return c.html(<MessagePage lang={c.var.lang} path={c.req.path} title={title} body={body} />, status);
}

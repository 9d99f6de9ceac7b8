import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../env";
import { messages } from "../lib/i18n";
import { MessagePage } from "../pages/message";
import { staffHref, staffLocale } from "../pages/staff-parts";

/** The HTML answer for an error on a page: plain words, no details. */
export function errorPage(c: Context<AppEnv>, status: ContentfulStatusCode) {
  const t = messages[c.var.lang];
  const { title, body } =
    status === 404
      ? t.notFound
      : status === 401
        ? t.unauthorized
        : status === 403
          ? t.forbidden
          : status === 429
            ? t.tooManyRequests
            : t.serverError;
  // Without Cloudflare Access in local development, staff sign in with the API token instead.
  const devSignIn = status === 401 && c.env.ENVIRONMENT === "development" && c.req.path.startsWith("/staff");
  return c.html(
    <MessagePage lang={c.var.lang} path={c.req.path} title={title} body={body}>
      {devSignIn && (
        <p>
          <a href={staffHref(staffLocale(c), "/dev/staff-login")}>{t.staff.devSignIn.link}</a>
        </p>
      )}
    </MessagePage>,
    status,
  );
}

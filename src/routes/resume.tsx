import { Hono } from "hono";
import { draftByResumeLink } from "../cases/drafts";
import { resumeWithCode } from "../cases/resume";
import type { AppEnv } from "../env";
import { ResumePage } from "../pages/resume";
import { linkProblem } from "./links";

/**
 * `/resume`: back to a saved application form, with the code written down (`POST /resume`, field
 * `code`, rate-limited per client) or the link emailed when it was saved (`GET /resume/:token`).
 */
export const resumeRoute = new Hono<AppEnv>();

resumeRoute.use(async function noStore(c, next) {
  await next();
  c.header("Cache-Control", "no-store");
});

resumeRoute.get("/", function showResumeForm(c) {
  return c.html(<ResumePage lang={c.var.lang} typed="" wrong={false} />);
});

resumeRoute.post("/", async function resume(c) {
  const { lang } = c.var;
  const body = await c.req.parseBody();
  const typed = typeof body.code === "string" ? body.code.slice(0, 100) : "";
  const draft = await resumeWithCode(c.env, c.var.db, typed);
  // Malformed, unknown, expired: one answer, which tells nothing about any draft.
  if (!draft) return c.html(<ResumePage lang={lang} typed={typed} wrong={true} />, 400);
  return c.redirect(`/apply/${draft.key}/${draft.position}?lang=${lang}`, 303);
});

/** The emailed link: it leads to the draft's page where it was left, and changes nothing. */
resumeRoute.get("/:token", async function followResumeLink(c) {
  const draft = await draftByResumeLink(c.env, c.var.db, c.req.param("token"));
  if (!draft) return linkProblem(c, "unknown");
  return c.redirect(`/apply/${draft.key}/${draft.position}?lang=${draft.language}`, 303);
});

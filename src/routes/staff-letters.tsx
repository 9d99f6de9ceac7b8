import { Hono } from "hono";
import { papers, printLetters } from "../cases/letters";
import { pendingLetters } from "../db/queries/letters";
import type { StaffEnv } from "../env";
import { formText, formTexts, readFormBody } from "../lib/form-body";
import { isOneOf } from "../lib/is-one-of";
import { requireStaff } from "../lib/staff-auth";
import { LettersPage, PrintedLettersPage } from "../pages/letters";
import { staffLocale } from "../pages/staff-parts";
import { sameOriginForms } from "./staff";

/** Letters for people reachable only by post: listed, printed (on a POST) and so marked sent. */
export const staffLettersRoute = new Hono<StaffEnv>();

staffLettersRoute.use(requireStaff);
staffLettersRoute.use(async function noStore(c, next) {
  await next();
  c.header("Cache-Control", "no-store");
});
staffLettersRoute.use(sameOriginForms());

staffLettersRoute.get("/", async function listLetters(c) {
  return c.html(<LettersPage locale={staffLocale(c)} letters={await pendingLetters(c.var.db, c.var.staff)} />);
});

staffLettersRoute.post("/print", async function print(c) {
  const form = await readFormBody(c);
  const paper = formText(form, "paper");
  const letters = await printLetters(
    c.env,
    c.var.db,
    c.var.staff,
    formTexts(form, "ids"),
    isOneOf(papers, paper) ? paper : undefined,
  );
  return c.html(<PrintedLettersPage locale={staffLocale(c)} letters={letters} />);
});

import type { Context } from "hono";
import { Hono } from "hono";
import { type Draft, openDraft, saveDraft } from "../cases/drafts";
import { heldFilesOf, holdUploads } from "../cases/held-files";
import { submitterContactRole } from "../cases/intake";
import { emailResumeLink } from "../cases/resume";
import { type DraftPosition, draftPositions } from "../db/schema";
import type { AppEnv } from "../env";
import { formSteps, mergeSteps, nextStep, previousStep } from "../lib/form-steps";
import { isOneOf } from "../lib/is-one-of";
import { deleteUploads } from "../lib/multipart-form";
import { turnstileEnabled } from "../lib/turnstile";
import { uploadLimits } from "../lib/uploads";
import { CheckPage } from "../pages/apply/check-page";
import type { HeldFile } from "../pages/apply/inputs";
import { RolePage } from "../pages/apply/role-page";
import { SavedPage } from "../pages/apply/saved-page";
import { StepPage } from "../pages/apply/step-page";
import { answerErrors, explainRejections, formContext, readFormPost, roleFrom, sortFiles } from "./apply-form";
import { linkProblem } from "./links";

/**
 * `/apply/:key/…`: the pages of a form being filled in, one step at a time, opened by the form's
 * key (a random 256-bit value in the address, SPEC §4's capability links): GET shows a step, the
 * "check your answers" page or the saved page from the draft and changes nothing; POST saves a
 * step's page, then continues (when its answers are complete), goes back, or saves for later.
 */
export const draftRoute = new Hono<AppEnv>();

draftRoute.use(async function noStore(c, next) {
  await next();
  c.header("Cache-Control", "no-store");
});

const actions = ["continue", "back", "save"] as const;

draftRoute.get("/:key/:page", async function showDraftPage(c) {
  const { lang, db } = c.var;
  const page = c.req.param("page");
  if (!isOneOf(draftPositions, page) && page !== "saved") return c.notFound();
  const draft = await openDraft(c.env, db, c.req.param("key"));
  if (!draft) return linkProblem(c, "unknown");
  const context = await formContext(db, c.env, draft.role, lang);
  const held = await heldOf(c, draft);
  if (page === "saved")
    return c.html(
      <SavedPage
        lang={lang}
        formKey={draft.key}
        code={draft.resumeCode}
        keptUntil={draft.expiresAt}
        position={draft.position}
        emailed={draft.resumeMailSent}
      />,
    );
  if (page === "check") {
    const turnstileSiteKey = turnstileEnabled(c.env) ? c.env.TURNSTILE_SITE_KEY : undefined;
    const state = { values: draft.fields, errors: new Map<string, string>(), held };
    return c.html(
      <CheckPage lang={lang} context={context} formKey={draft.key} state={state} turnstileSiteKey={turnstileSiteKey} />,
    );
  }
  // Come back from "check your answers" to fix something: this step's problems are shown.
  const fromCheck = c.req.query("from") === "check";
  const errors = fromCheck ? answerErrors(draft.fields, lang, { step: page, role: draft.role }).errors : new Map();
  return c.html(
    <StepPage
      lang={lang}
      step={page}
      context={context}
      formKey={draft.key}
      state={{ values: draft.fields, errors, held }}
      resume={{ code: draft.resumeCode, keptUntil: draft.expiresAt }}
      fromCheck={fromCheck}
    />,
  );
});

draftRoute.post("/:key/:step", async function saveStep(c) {
  const { lang, db } = c.var;
  const step = c.req.param("step");
  if (!isOneOf(formSteps, step)) return c.notFound();
  const key = c.req.param("key");
  const before = await openDraft(c.env, db, key);
  const limits = uploadLimits(c.env);
  const documents = step === "documents";
  const received = await readFormPost(c, limits, {
    files: documents,
    heldBefore: async (fieldsSoFar) =>
      (await heldFilesOf(db, before?.id, fieldsSoFar.get("heldAttachments") ?? [])).kept,
  });
  if (received instanceof Response) return received;
  const { fields } = received;
  const role = roleFrom(fields.get("submitter.role")?.[0]) ?? before?.role;
  if (!role) {
    await deleteUploads(c.env.ATTACHMENTS, received.uploads);
    return c.html(<RolePage lang={lang} />, 400);
  }
  const action = actions.find((a) => a === fields.get("action")?.[0]) ?? "continue";
  const values = mergeSteps(before?.fields ?? new Map(), fields, [step]);
  const files = documents
    ? await sortFiles(db, c.env.ATTACHMENTS, limits, before?.id, fields.get("heldAttachments") ?? [], received)
    : { held: [], uploads: [], rejections: received.rejections };
  const errors = action === "continue" ? answerErrors(values, lang, { step, role }).errors : new Map<string, string>();
  explainRejections(errors, files.rejections, lang, limits);

  const toCheck = fields.get("returnTo")?.[0] === "check";
  const position: DraftPosition =
    errors.size > 0 || action === "save"
      ? step
      : action === "back"
        ? (previousStep(step) ?? step)
        : toCheck
          ? "check"
          : (nextStep(step) ?? "check");
  const draft = await saveDraft(c.env, db, key, { role, language: lang, position, fields: values });
  if (!draft) {
    await deleteUploads(c.env.ATTACHMENTS, files.uploads);
    return linkProblem(c, "expired");
  }
  if (documents) {
    const holding = await holdUploads(
      db,
      c.env.ATTACHMENTS,
      { draftId: draft.id, uploadedBy: submitterContactRole(role), limits },
      files.uploads,
    );
    explainRejections(errors, [...files.rejections, ...holding.refused], lang, limits);
  }
  if (errors.size > 0) {
    const context = await formContext(db, c.env, role, lang);
    const page = (
      <StepPage
        lang={lang}
        step={step}
        context={context}
        formKey={key}
        state={{ values, errors, held: await heldOf(c, draft) }}
        resume={{ code: draft.resumeCode, keptUntil: draft.expiresAt }}
        fromCheck={toCheck}
      />
    );
    return c.html(page, 400);
  }
  if (action === "save") {
    await emailResumeLink(c.env, db, draft);
    return c.redirect(`/apply/${key}/saved?lang=${lang}`, 303);
  }
  return c.redirect(`/apply/${key}/${draft.position}?lang=${lang}`, 303);
});

async function heldOf(c: Context<AppEnv>, draft: Draft): Promise<HeldFile[]> {
  const { kept } = await heldFilesOf(c.var.db, draft.id, "all");
  return kept.map((file) => ({ id: file.id, fileName: file.fileName, size: file.size }));
}

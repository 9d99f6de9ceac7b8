import { Hono } from "hono";
import { openDraft, saveDraft } from "../cases/drafts";
import { heldFilesOf, holdUploads } from "../cases/held-files";
import { formAlreadySent, submitApplication, submitterContactRole } from "../cases/intake";
import type { Database } from "../db/client";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { sha256Hex } from "../lib/crypto";
import { formSteps, mergeSteps } from "../lib/form-steps";
import { issueText, messages } from "../lib/i18n";
import { deleteUploads } from "../lib/multipart-form";
import { isTokenShaped, newToken } from "../lib/tokens";
import { checkHuman, TURNSTILE_FIELD, turnstileEnabled } from "../lib/turnstile";
import { uploadLimits } from "../lib/uploads";
import { CheckPage } from "../pages/apply/check-page";
import { RolePage } from "../pages/apply/role-page";
import { StepPage } from "../pages/apply/step-page";
import { MessagePage } from "../pages/message";
import { answerErrors, explainRejections, formContext, readFormPost, roleFrom, sortFiles } from "./apply-form";
import { linkProblem } from "./links";

/**
 * `/apply`: who is filling in the form, its first step, and sending it. The steps of a form being
 * filled in live at `/apply/:key/…` (apply-draft.tsx). A post here sends the application: from the
 * "check your answers" page (`step=check`, the answers are the draft's), or the whole application
 * at once (every field of every step in one post, as a script may send it).
 */
export const applyRoute = new Hono<AppEnv>();

applyRoute.use(async function noStore(c, next) {
  await next();
  // The form echoes what people typed; no cache may keep it.
  c.header("Cache-Control", "no-store");
});

applyRoute.get("/", async function startApplication(c) {
  const { lang, db } = c.var;
  const role = roleFrom(c.req.query("role"));
  if (!role) return c.html(<RolePage lang={lang} />);
  // Nothing is stored until the first step is posted: the key only names the draft it will make.
  const state = { values: new Map(), errors: new Map(), held: [] };
  const context = await formContext(db, c.env, role, lang);
  return c.html(
    <StepPage lang={lang} step="you" context={context} formKey={newToken()} state={state} fromCheck={false} />,
  );
});

applyRoute.post("/", async function sendApplication(c) {
  const { lang, db } = c.var;
  const bucket = c.env.ATTACHMENTS;
  const limits = uploadLimits(c.env);
  const whole = (fields: ReadonlyMap<string, string[]>) => fields.get("step")?.[0] !== "check";
  const received = await readFormPost(c, limits, {
    files: true,
    // Browsers send the key and the ticked held files before the file input.
    heldBefore: async (fieldsSoFar) => {
      const draft = await openDraft(c.env, db, fieldsSoFar.get("submissionId")?.[0] ?? "");
      const ticked = whole(fieldsSoFar) ? (fieldsSoFar.get("heldAttachments") ?? []) : "all";
      return (await heldFilesOf(db, draft?.id, ticked)).kept;
    },
  });
  if (received instanceof Response) return received;
  const { fields } = received;
  // The form's one-time key: it names its draft and makes a double-click one case.
  const sentKey = fields.get("submissionId")?.[0];
  const key = sentKey && isTokenShaped(sentKey) ? sentKey : newToken();
  const draft = await openDraft(c.env, db, key);
  const role = roleFrom(fields.get("submitter.role")?.[0]) ?? draft?.role;
  if (!role) {
    await deleteUploads(bucket, received.uploads);
    return c.html(<RolePage lang={lang} />, 400);
  }
  if (!whole(fields) && !draft) {
    await deleteUploads(bucket, received.uploads);
    // A second click after the first made the case (and removed the draft): the same receipt.
    const earlier = await formAlreadySent(c.env, db, `form:${key}`);
    if (earlier) return c.redirect(`/status/${earlier.statusToken}?received=1&lang=${lang}`, 303);
    return linkProblem(c, "expired");
  }

  const values = mergeSteps(draft?.fields ?? new Map(), fields, whole(fields) ? formSteps : []);
  const files = await sortFiles(
    db,
    bucket,
    limits,
    draft?.id,
    whole(fields) ? (fields.get("heldAttachments") ?? []) : "all",
    received,
  );
  const { errors, application } = answerErrors(values, lang);
  explainRejections(errors, files.rejections, lang, limits);
  const humanCheck =
    application && errors.size === 0
      ? await checkHuman(c.env, fields.get(TURNSTILE_FIELD)?.[0], c.req.header("cf-connecting-ip"))
      : "off";
  if (humanCheck === "failed") errors.set(TURNSTILE_FIELD, issueText(lang, "human_check_failed"));

  if (application && errors.size === 0) {
    const { held, uploads } = files;
    try {
      const result = await submitApplication(c.env, db, {
        application,
        source: "web_form",
        uploads,
        heldAttachmentIds: held.map((file) => file.id),
        draftId: draft?.id,
        idempotencyKey: `form:${key}`,
        humanCheck,
        requestHash: await sha256Hex(
          [JSON.stringify(application), ...held.map((f) => f.id), ...uploads.map((u) => u.sha256)].join("\n"),
        ),
      });
      if (result.replayed) await deleteUploads(bucket, uploads);
      return c.redirect(`/status/${result.statusToken}?received=1&lang=${lang}`, 303);
    } catch (error) {
      if (!(error instanceof ApiError)) {
        await deleteUploads(bucket, uploads);
        throw error;
      }
      if (error.code === "idempotency_key_reused") {
        await deleteUploads(bucket, uploads);
        return c.html(<DuplicatePage lang={lang} db={db} formKey={key} />, 409);
      }
      for (const issue of error.issues ?? []) errors.set(issue.path, issueText(lang, issue.message));
      if (errors.size === 0) throw error;
    }
  }

  // Not sent: everything is kept with the draft, and the answers come back to be checked.
  const saved = await saveDraft(c.env, db, key, { role, language: lang, position: "check", fields: values });
  if (!saved) {
    await deleteUploads(bucket, files.uploads);
    return linkProblem(c, "expired");
  }
  const holding = await holdUploads(
    db,
    bucket,
    { draftId: saved.id, uploadedBy: submitterContactRole(role), limits },
    files.uploads,
  );
  explainRejections(errors, [...files.rejections, ...holding.refused], lang, limits);
  const held = [...files.held, ...holding.held].map((file) => ({
    id: file.id,
    fileName: file.fileName,
    size: file.size,
  }));
  const context = await formContext(db, c.env, role, lang);
  const page = (
    <CheckPage
      lang={lang}
      context={context}
      formKey={key}
      state={{ values, errors, held }}
      turnstileSiteKey={turnstileEnabled(c.env) ? c.env.TURNSTILE_SITE_KEY : undefined}
    />
  );
  return c.html(page, 400);
});

async function DuplicatePage({
  lang,
  db,
  formKey,
}: {
  lang: AppEnv["Variables"]["lang"];
  db: Database;
  formKey: string;
}) {
  const t = messages[lang].apply.duplicate;
  const earlier = await db.query.cases.findFirst({
    where: (cases, { eq }) => eq(cases.idempotencyKey, `form:${formKey}`),
    columns: { reference: true },
  });
  return (
    <MessagePage lang={lang} path="/apply" title={t.title} body={t.body(earlier?.reference ?? "")}>
      <p>
        <a href={`/apply?lang=${lang}`}>{messages[lang].landing.start}</a>
      </p>
    </MessagePage>
  );
}

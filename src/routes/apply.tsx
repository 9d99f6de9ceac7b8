import { Hono } from "hono";
import { submitApplication, submitterContactRole } from "../cases/intake";
import type { Database } from "../db/client";
import { listOrganizations } from "../db/queries/organizations";
import { type SubmitterRole, submitterRoles } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../errors";
import { sha256Hex } from "../lib/crypto";
import { formToApplication } from "../lib/form-data";
import { issueText, messages, rejectionText } from "../lib/i18n";
import { deleteUploads } from "../lib/multipart-form";
import { newToken } from "../lib/tokens";
import { checkHuman, TURNSTILE_FIELD, turnstileEnabled } from "../lib/turnstile";
import { uploadLimits } from "../lib/uploads";
import { parseApplication } from "../lib/validation";
import { type ApplyFormState, ApplyPage, RolePage } from "../pages/apply";
import { MessagePage } from "../pages/message";
import { admitFormFiles, keepForRetry, readApplicationForm, submissionIdFrom } from "./application-form";

export const applyRoute = new Hono<AppEnv>();

applyRoute.use(async function noStore(c, next) {
  await next();
  // The form echoes what people typed; no cache may keep it.
  c.header("Cache-Control", "no-store");
});

applyRoute.get("/", async function showApplyForm(c) {
  const role = roleFrom(c.req.query("role"));
  if (!role) return c.html(<RolePage lang={c.var.lang} />);
  const state: ApplyFormState = { role, submissionId: newToken(), values: new Map(), errors: new Map(), held: [] };
  return c.html(await formPage(c.var.db, c.var.lang, c.env, state));
});

applyRoute.post("/", async function submitApplyForm(c) {
  const { lang, db } = c.var;
  const t = messages[lang];
  const bucket = c.env.ATTACHMENTS;
  const limits = uploadLimits(c.env);
  let received: Awaited<ReturnType<typeof readApplicationForm>>;
  try {
    received = await readApplicationForm(c, limits);
  } catch (error) {
    if (error instanceof ApiError && error.code === "payload_too_large") {
      const page = (
        <MessagePage
          lang={lang}
          path="/apply"
          title={t.tooLarge.title}
          body={t.tooLarge.body(Math.floor(limits.maxApplicationBytes / 1024 / 1024))}
        />
      );
      return c.html(page, 413);
    }
    throw error;
  }
  const { fields } = received;
  const role = roleFrom(fields.get("submitter.role")?.[0]);
  if (!role) {
    await deleteUploads(bucket, received.uploads);
    return c.html(<RolePage lang={lang} />, 400);
  }
  const submissionId = submissionIdFrom(fields.get("submissionId")?.[0]);
  const { held, uploads, rejections } = await admitFormFiles(db, bucket, limits, submissionId, received);

  const { input, fieldName } = formToApplication(fields);
  const parsed = parseApplication(input);
  const errors = new Map<string, string>();
  if (!parsed.ok) {
    for (const issue of parsed.issues) {
      const name = fieldName(issue.path);
      if (!errors.has(name)) errors.set(name, issueText(lang, issue.message));
    }
  }
  const explainRejections = () => {
    if (rejections.length > 0)
      errors.set("attachments", rejections.map((r) => rejectionText(lang, r, limits)).join(" "));
  };
  explainRejections();

  const humanCheck =
    parsed.ok && errors.size === 0
      ? await checkHuman(c.env, fields.get(TURNSTILE_FIELD)?.[0], c.req.header("cf-connecting-ip"))
      : "off";
  if (humanCheck === "failed") errors.set(TURNSTILE_FIELD, issueText(lang, "human_check_failed"));

  if (parsed.ok && errors.size === 0) {
    try {
      const result = await submitApplication(c.env, db, {
        application: parsed.application,
        source: "web_form",
        uploads,
        heldAttachmentIds: held.map((file) => file.id),
        idempotencyKey: `form:${submissionId}`,
        humanCheck,
        requestHash: await sha256Hex(
          [JSON.stringify(parsed.application), ...held.map((f) => f.id), ...uploads.map((u) => u.sha256)].join("\n"),
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
        return c.html(<DuplicatePage lang={lang} db={db} submissionId={submissionId} />, 409);
      }
      for (const issue of error.issues ?? []) errors.set(issue.path, issueText(lang, issue.message));
      if (errors.size === 0) throw error;
    }
  }

  const holding = await keepForRetry(
    db,
    bucket,
    { submissionId, uploadedBy: submitterContactRole(role), limits },
    { held, uploads, rejections },
  );
  rejections.push(...holding.refused);
  explainRejections();
  const state: ApplyFormState = { role, submissionId, values: fields, errors, held: holding.held };
  return c.html(await formPage(db, lang, c.env, state), 400);
});

async function formPage(db: Database, lang: AppEnv["Variables"]["lang"], env: Env, state: ApplyFormState) {
  const organizations = await listOrganizations(db);
  const maxFileMb = Math.floor(uploadLimits(env).maxFileBytes / 1024 / 1024);
  return (
    <ApplyPage
      lang={lang}
      organizations={organizations}
      maxFileMb={maxFileMb}
      state={state}
      turnstileSiteKey={turnstileEnabled(env) ? env.TURNSTILE_SITE_KEY : undefined}
    />
  );
}

async function DuplicatePage({
  lang,
  db,
  submissionId,
}: {
  lang: AppEnv["Variables"]["lang"];
  db: Database;
  submissionId: string;
}) {
  const t = messages[lang].apply.duplicate;
  const earlier = await db.query.cases.findFirst({
    where: (cases, { eq }) => eq(cases.idempotencyKey, `form:${submissionId}`),
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

function roleFrom(value: string | undefined): SubmitterRole | null {
  return submitterRoles.find((role) => role === value) ?? null;
}

import type { Child } from "hono/jsx";
import type { CloseReason } from "../cases/staff-actions";
import { mayBeReferred, movesByStatus, reopenReasons } from "../cases/staff-moves";
import { messages } from "../lib/i18n";
import type { CaseDetail } from "../presenters/case";
import { type StaffLocale, staffHref, statusLabel } from "./staff-parts";

/** The forms on the case page that change the case: hand a review on, end it, or move it on. */

export type CaseAction =
  | "reassign"
  | "withdraw"
  | "close"
  | "refer-partner"
  | "refer-organization"
  | "return"
  | "reopen"
  | "move"
  | "message"
  | "correspondence"
  | "note"
  | "task"
  | "confirm"
  | "answer";
/** Why an action failed, shown in its form, with what was chosen. */
export type CaseActionError = { action: CaseAction; message: string; values: Record<string, string> };

export type CaseActionsProps = {
  locale: StaffLocale;
  detail: CaseDetail;
  /** Reviewers by id, for naming open reviews. */
  reviewerNames: Map<string, string>;
  /** Active reviewers of the case's organization: who a review can be handed to. */
  activeReviewers: { id: string; name: string }[];
  /** Active referral partners of the case's organization. */
  partners: { id: string; name: string }[];
  /** The other member organizations. */
  organizations: { slug: string; name: string }[];
  closeReasons: readonly CloseReason[];
  error?: CaseActionError;
};

const isOneOfStatuses = (list: readonly string[], status: string) => list.includes(status);

export function CaseActions(props: CaseActionsProps) {
  const { locale, detail, error } = props;
  const t = messages[locale.lang].staff.case.actions;
  const m = messages[locale.lang].staff.moves;
  const path = `/staff/cases/${detail.id}`;
  const { status } = detail;
  const open = (kind: string) => detail.assignments.some((a) => a.kind === kind && a.status === "open");
  const final = ["declined", "referred", "closed", "withdrawn"].includes(status);
  const form = (action: CaseAction) => ({ locale, action, path, error: error?.action === action ? error : undefined });
  const forms: Child[] = [];

  if (status === "awaiting_confirmation")
    forms.push(
      <ActionForm {...form("confirm")} route="confirmation" title={m.confirmTitle} button={m.confirm}>
        <p>{m.confirmBody}</p>
        <ActionError error={form("confirm").error} />
        <div class="field">
          <label for="f-confirm-receivedOn">{m.receivedOn}</label>
          <input
            type="date"
            id="f-confirm-receivedOn"
            name="receivedOn"
            required
            value={form("confirm").error?.values.receivedOn ?? new Date().toISOString().slice(0, 10)}
          />
        </div>
      </ActionForm>,
    );
  if (open("review")) forms.push(<Reassign {...props} {...form("reassign")} />);
  if (mayBeReferred(detail) && !open("referral")) {
    if (props.partners.length > 0)
      forms.push(
        <ActionForm {...form("refer-partner")} route="refer" title={m.referPartnerTitle} button={m.sendOffer}>
          <p>{m.referPartnerBody}</p>
          <SelectField
            {...form("refer-partner")}
            name="partnerId"
            label={m.partner}
            options={props.partners.map((p) => [p.id, p.name])}
          />
        </ActionForm>,
      );
    forms.push(
      <ActionForm {...form("refer-organization")} route="refer" title={m.referOrganizationTitle} button={m.sendOffer}>
        <p>{m.referOrganizationBody}</p>
        <SelectField
          {...form("refer-organization")}
          name="organization"
          label={m.memberOrganization}
          options={props.organizations.map((o) => [o.slug, o.name])}
        />
      </ActionForm>,
    );
  }
  if (isOneOfStatuses(movesByStatus.returnToReview, status) && !open("review"))
    forms.push(
      <ActionForm {...form("return")} route="return-to-review" title={m.returnTitle} button={m.return}>
        <p>{m.returnBody}</p>
        <ActionError error={form("return").error} />
      </ActionForm>,
    );
  if (isOneOfStatuses(movesByStatus.reopen, status))
    forms.push(
      <ActionForm {...form("reopen")} route="reopen" title={m.reopenTitle} button={m.reopen}>
        <p>{m.reopenBody}</p>
        <SelectField
          {...form("reopen")}
          name="reason"
          label={m.reopenReason}
          options={reopenReasons.map((reason) => [reason, m.reopenReasons[reason]])}
        />
      </ActionForm>,
    );
  if (isOneOfStatuses(movesByStatus.move, status))
    forms.push(
      <ActionForm {...form("move")} route="move" title={m.moveTitle} button={m.move} secondary>
        <p>{m.moveBody}</p>
        <SelectField
          {...form("move")}
          name="organization"
          label={m.organization}
          options={props.organizations.map((o) => [o.slug, o.name])}
        />
      </ActionForm>,
    );
  if (!final)
    forms.push(
      <ActionForm {...form("withdraw")} route="withdraw" title={t.withdrawTitle} button={t.withdraw} secondary>
        <p>{t.withdrawBody}</p>
        <ActionError error={form("withdraw").error} />
        <div class="field">
          <label class="choice" for="f-confirm-withdraw">
            <input
              type="checkbox"
              id="f-confirm-withdraw"
              name="confirm"
              value="yes"
              required
              {...errorAttributes(form("withdraw").error)}
            />
            <span>{t.withdrawConfirm}</span>
          </label>
        </div>
      </ActionForm>,
      <ActionForm {...form("close")} route="close" title={t.closeTitle} button={t.close} secondary>
        <p>{t.closeBody}</p>
        <SelectField
          {...form("close")}
          name="reason"
          label={t.reason}
          noChoice={t.chooseReason}
          options={props.closeReasons.map((reason) => [reason, t.closeReasons[reason]])}
        />
      </ActionForm>,
    );

  return (
    <section aria-labelledby="actions">
      <h2 id="actions">{t.title}</h2>
      {forms.length > 0 ? forms : <p>{t.nothingMore(statusLabel(locale.lang, status))}</p>}
    </section>
  );
}

function Reassign(props: CaseActionsProps & FormProps) {
  const { lang } = props.locale;
  const t = messages[lang].staff.case;
  const openReviews = props.detail.assignments.filter((a) => a.kind === "review" && a.status === "open");
  const name = (id: string | null) => (id ? (props.reviewerNames.get(id) ?? id) : t.assignments.nobody);
  return (
    <ActionForm {...props} route="reassign" title={t.actions.reassignTitle} button={t.actions.reassign}>
      <SelectField
        {...props}
        name="assignmentId"
        label={t.actions.review}
        options={openReviews.map((a) => [
          a.id,
          t.actions.reviewOption(a.round, name(a.reviewerId), a.dueAt.slice(0, 10)),
        ])}
        noChoice={false}
      />
      <div class="field">
        <label for="f-reassign-reviewerId">{t.actions.newReviewer}</label>
        <select id="f-reassign-reviewerId" name="reviewerId">
          <option value="">{t.actions.leastLoaded}</option>
          {props.activeReviewers.map((r) => (
            <option value={r.id} selected={props.error?.values.reviewerId === r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
    </ActionForm>
  );
}

export type FormProps = { locale: StaffLocale; action: CaseAction; path: string; error?: CaseActionError };

export function ActionForm(
  props: FormProps & {
    route: string;
    title: string;
    button: string;
    secondary?: boolean;
    /** For a form that sends files. */
    multipart?: boolean;
    children: Child;
  },
) {
  return (
    <form
      method="post"
      action={staffHref(props.locale, `${props.path}/${props.route}`)}
      class="panel"
      id={props.action}
      aria-labelledby={`${props.action}-title`}
      enctype={props.multipart ? "multipart/form-data" : undefined}
    >
      <h3 id={`${props.action}-title`}>{props.title}</h3>
      {props.children}
      <button class={props.secondary ? "button secondary" : "button"} type="submit">
        {props.button}
      </button>
    </form>
  );
}

/** A required choice of the form, with the form's error (if any) above it. */
export function SelectField(
  props: FormProps & {
    name: string;
    label: string;
    options: [string, string][];
    /** The first option's text, chosen by default; `false` for none. */
    noChoice?: string | false;
    required?: boolean;
    /** Whether the form's error is shown above this field (the form's first field). */
    showError?: boolean;
    selected?: string;
  },
) {
  const id = `f-${props.action}-${props.name}`;
  const chosen = props.error?.values[props.name] ?? props.selected ?? "";
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      {props.showError !== false && <ActionError error={props.error} />}
      <select
        id={id}
        name={props.name}
        required={props.required !== false}
        {...(props.showError !== false ? errorAttributes(props.error) : {})}
      >
        {props.noChoice !== false && (
          <option value="">{props.noChoice ?? messages[props.locale.lang].staff.case.actions.chooseOne}</option>
        )}
        {props.options.map(([value, text]) => (
          <option value={value} selected={chosen === value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ActionError({ error }: { error: CaseActionError | undefined }) {
  if (!error) return null;
  return (
    <p class="error-message" id={`${error.action}-error`}>
      {error.message}
    </p>
  );
}

export function errorAttributes(error: CaseActionError | undefined) {
  return error ? { "aria-invalid": "true", "aria-describedby": `${error.action}-error` } : {};
}

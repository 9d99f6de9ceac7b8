import { caseStatuses } from "../db/schema";
import { fieldId } from "../lib/form-data";
import { messages } from "../lib/i18n";
import { isOneOf } from "../lib/is-one-of";
import { MAX_SEARCH_WORDS } from "../lib/search-terms";
import type { QueueItem } from "../presenters/queue-item";
import { type ActionFormState, FieldError, invalid } from "./action-form";
import { ExportButton } from "./staff-exports";
import { Day, ErrorSummary, StaffLayout, type StaffLocale, staffHref, statusLabel, Table } from "./staff-parts";

/** The query parameters of the queue, as `GET /api/v1/cases` takes them, in the order links carry them. */
export const queueParams = [
  "q",
  "status",
  "organization",
  "overdue",
  "stuck",
  "myTasks",
  "dueThisWeek",
  "preservation",
  "reviewer",
  "submittedFrom",
  "submittedTo",
  "limit",
  "cursor",
] as const;

type StaffQueuePageProps = {
  locale: StaffLocale;
  /** Only the organizations the staff member may see. */
  organizations: { slug: string; name: string }[];
  reviewers: { id: string; name: string; organizationName: string; active: boolean }[];
  /** The query as sent (empty values left out), and a message per parameter in error. */
  form: ActionFormState;
  /** Absent when the query was not valid. */
  page?: { items: QueueItem[]; nextCursor: string | null };
};

/** The case queue: search and filters, one page of cases, the next page and the CSV of every page. */
export function StaffQueuePage({ locale, organizations, reviewers, form, page }: StaffQueuePageProps) {
  const { lang } = locale;
  const t = messages[lang].staff.queue;
  const href = (path: string) => staffHref(locale, path);
  const value = (name: string) => form.values.get(name)?.[0] ?? "";
  const names = new Map(organizations.map((o) => [o.slug, o.name]));
  const status = value("status");
  const mixedStatus = status !== "" && !isOneOf(caseStatuses, status);
  const errors = [...form.errors].map(([name, message]) => ({
    message,
    field: name === "limit" || name === "cursor" ? undefined : fieldId(name),
  }));
  return (
    <StaffLayout locale={locale} title={t.title} path={`/staff${queryString(form, [])}`}>
      <h1>{t.title}</h1>
      <ErrorSummary title={t.errorTitle} errors={errors} />
      <form method="get" action="/staff" class="panel filters" aria-labelledby="filters-title">
        <h2 id="filters-title">{t.filters}</h2>
        {locale.chosen && <input type="hidden" name="lang" value={lang} />}
        <div class="field">
          <label for="f-q">{t.search}</label>
          <span class="hint" id="f-q-hint">
            {t.searchHint(MAX_SEARCH_WORDS)}
          </span>
          <FieldError form={form} name="q" />
          <input
            type="search"
            id="f-q"
            name="q"
            value={value("q")}
            {...invalid(form, "q")}
            aria-describedby={form.errors.has("q") ? "f-q-hint f-q-error" : "f-q-hint"}
          />
        </div>
        <div class="filter-grid">
          <div class="field">
            <label for="f-status">{t.status}</label>
            <FieldError form={form} name="status" />
            <select id="f-status" name="status" {...invalid(form, "status")}>
              <option value="">{t.anyStatus}</option>
              {mixedStatus && (
                <option value={status} selected>
                  {status
                    .split(",")
                    .map((s) => statusLabel(lang, s))
                    .join(", ")}
                </option>
              )}
              {caseStatuses.map((s) => (
                <option value={s} selected={status === s}>
                  {statusLabel(lang, s)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-organization">{t.organization}</label>
            <select id="f-organization" name="organization">
              <option value="">{t.anyOrganization}</option>
              {organizations.map((o) => (
                <option value={o.slug} selected={value("organization") === o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-reviewer">{t.reviewer}</label>
            <select id="f-reviewer" name="reviewer">
              <option value="">{t.anyReviewer}</option>
              {reviewers.map((r) => (
                <option value={r.id} selected={value("reviewer") === r.id}>
                  {r.active
                    ? t.reviewerOption(r.name, r.organizationName)
                    : t.inactiveReviewerOption(r.name, r.organizationName)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-submittedFrom">{t.submittedFrom}</label>
            <FieldError form={form} name="submittedFrom" />
            <input
              type="date"
              id="f-submittedFrom"
              name="submittedFrom"
              value={value("submittedFrom")}
              {...invalid(form, "submittedFrom")}
            />
          </div>
          <div class="field">
            <label for="f-submittedTo">{t.submittedTo}</label>
            <FieldError form={form} name="submittedTo" />
            <input
              type="date"
              id="f-submittedTo"
              name="submittedTo"
              value={value("submittedTo")}
              {...invalid(form, "submittedTo")}
            />
          </div>
        </div>
        <div class="field">
          <FieldError form={form} name="overdue" />
          <label class="choice" for="f-overdue">
            <input
              type="checkbox"
              id="f-overdue"
              name="overdue"
              value="true"
              checked={value("overdue") === "true"}
              {...invalid(form, "overdue")}
            />
            <span>{t.overdueOnly}</span>
          </label>
        </div>
        <div class="field">
          <FieldError form={form} name="stuck" />
          <label class="choice" for="f-stuck">
            <input
              type="checkbox"
              id="f-stuck"
              name="stuck"
              value="true"
              checked={value("stuck") === "true"}
              {...invalid(form, "stuck")}
            />
            <span>{t.stuckOnly}</span>
          </label>
        </div>
        <div class="field">
          <FieldError form={form} name="myTasks" />
          <label class="choice" for="f-myTasks">
            <input
              type="checkbox"
              id="f-myTasks"
              name="myTasks"
              value="true"
              checked={value("myTasks") === "true"}
              {...invalid(form, "myTasks")}
            />
            <span>{t.myTasks}</span>
          </label>
        </div>
        <div class="field">
          <FieldError form={form} name="dueThisWeek" />
          <label class="choice" for="f-dueThisWeek">
            <input
              type="checkbox"
              id="f-dueThisWeek"
              name="dueThisWeek"
              value="true"
              checked={value("dueThisWeek") === "true"}
              {...invalid(form, "dueThisWeek")}
            />
            <span>{t.dueThisWeek}</span>
          </label>
        </div>
        <div class="field">
          <FieldError form={form} name="preservation" />
          <label class="choice" for="f-preservation">
            <input
              type="checkbox"
              id="f-preservation"
              name="preservation"
              value="true"
              checked={value("preservation") === "true"}
              {...invalid(form, "preservation")}
            />
            <span>{t.preservationOnly}</span>
          </label>
        </div>
        {form.values.has("limit") && <input type="hidden" name="limit" value={value("limit")} />}
        <button class="button" type="submit">
          {t.show}
        </button>{" "}
        <a href={href("/staff")}>{t.clear}</a>
      </form>

      {page && (
        <>
          <ExportButton locale={locale} kind="cases" filters={filtersShown(form)} label={t.exportCsv} />
          <Table
            id="queue"
            caption={
              form.values.has("q")
                ? t.captionFound(value("q"), page.items.length, form.values.has("cursor"))
                : form.values.has("cursor")
                  ? t.captionContinued(page.items.length)
                  : t.caption(page.items.length)
            }
            empty={form.values.has("q") ? t.emptySearch : t.empty}
            rows={page.items}
            columns={[
              {
                header: t.columns.reference,
                rowHeader: true,
                cell: (item) => <a href={href(`/staff/cases/${encodeURIComponent(item.id)}`)}>{item.reference}</a>,
              },
              { header: t.columns.organization, cell: (item) => names.get(item.organization) ?? item.organization },
              { header: t.columns.applicant, cell: (item) => item.applicantName },
              { header: t.columns.status, cell: (item) => statusLabel(lang, item.status) },
              { header: t.columns.submitted, cell: (item) => <Day iso={item.submittedAt} /> },
              {
                header: t.columns.stageDue,
                cell: (item) => (
                  <>
                    {item.stageDueAt ? <Day iso={item.stageDueAt} /> : <span class="tag">{t.nothingOpen}</span>}
                    {item.overdue && (
                      <>
                        {" "}
                        <strong class="overdue">{t.overdue}</strong>
                      </>
                    )}
                    {item.stuck && (
                      <>
                        {" "}
                        <strong class="overdue">{t.stuck}</strong>
                      </>
                    )}
                  </>
                ),
              },
              {
                header: t.columns.nextTask,
                cell: (item) =>
                  item.nextTask ? (
                    <>
                      <Day iso={item.nextTask.dueOn} />
                      {item.nextTask.overdue && (
                        <>
                          {" "}
                          <strong class="overdue">{t.overdue}</strong>
                        </>
                      )}
                      {`: ${item.nextTask.title ?? t.erased}`}
                      {item.preservationDueOn && (
                        <>
                          <br />
                          {t.preservationDue} <Day iso={item.preservationDueOn} />
                        </>
                      )}
                    </>
                  ) : (
                    <span class="tag">{t.noTask}</span>
                  ),
              },
              { header: t.columns.possibleDuplicates, cell: (item) => item.possibleDuplicates },
            ]}
          />
          <p>
            {form.values.has("cursor") && (
              <>
                <a href={href(`/staff${queryString(form, ["cursor"])}`)}>{t.firstPage}</a>{" "}
              </>
            )}
            {page.nextCursor && (
              <a rel="next" href={href(`/staff${queryString(form, ["cursor"], { cursor: page.nextCursor })}`)}>
                {t.nextPage}
              </a>
            )}
          </p>
        </>
      )}
    </StaffLayout>
  );
}

/** The filters shown, for an export of every case they match (not only this page's). */
function filtersShown(form: ActionFormState): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const name of queueParams) {
    const value = form.values.get(name)?.[0];
    if (value && name !== "limit" && name !== "cursor") filters[name] = value;
  }
  return filters;
}

/** The queue's parameters as a query string, leaving out `omit` and setting `set`. */
function queryString(form: ActionFormState, omit: string[], set: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const name of queueParams) {
    const v = set[name] ?? (omit.includes(name) ? undefined : form.values.get(name)?.[0]);
    if (v) query.set(name, v);
  }
  const text = query.toString();
  return text ? `?${text}` : "";
}

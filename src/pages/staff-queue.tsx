import { caseStatuses } from "../db/schema";
import { fieldId } from "../lib/form-data";
import { isOneOf } from "../lib/is-one-of";
import type { QueueItem } from "../presenters/case";
import { type ActionFormState, FieldError, invalid } from "./action-form";
import { ExportButton } from "./staff-exports";
import { Day, ErrorSummary, StaffLayout, statusLabel, Table } from "./staff-parts";

/** The query parameters of the queue, as `GET /api/v1/cases` takes them, in the order links carry them. */
export const queueParams = [
  "status",
  "organization",
  "overdue",
  "stuck",
  "myTasks",
  "dueThisWeek",
  "reviewer",
  "submittedFrom",
  "submittedTo",
  "limit",
  "cursor",
] as const;

type StaffQueuePageProps = {
  /** Only the organizations the staff member may see. */
  organizations: { slug: string; name: string }[];
  reviewers: { id: string; name: string; organizationName: string; active: boolean }[];
  /** The query as sent (empty values left out), and a message per parameter in error. */
  form: ActionFormState;
  /** Absent when the query was not valid. */
  page?: { items: QueueItem[]; nextCursor: string | null };
};

/** The case queue: filters, one page of cases, the next page and the CSV of every page. */
export function StaffQueuePage({ organizations, reviewers, form, page }: StaffQueuePageProps) {
  const value = (name: string) => form.values.get(name)?.[0] ?? "";
  const names = new Map(organizations.map((o) => [o.slug, o.name]));
  const status = value("status");
  const mixedStatus = status !== "" && !isOneOf(caseStatuses, status);
  const errors = [...form.errors].map(([name, message]) => ({
    message,
    field: name === "limit" || name === "cursor" ? undefined : fieldId(name),
  }));
  return (
    <StaffLayout title="Case queue">
      <h1>Case queue</h1>
      <ErrorSummary title="These filters could not be used" errors={errors} />
      <form method="get" action="/staff" class="panel filters" aria-labelledby="filters-title">
        <h2 id="filters-title">Filter cases</h2>
        <div class="filter-grid">
          <div class="field">
            <label for="f-status">Status</label>
            <FieldError form={form} name="status" />
            <select id="f-status" name="status" {...invalid(form, "status")}>
              <option value="">Any status</option>
              {mixedStatus && (
                <option value={status} selected>
                  {status.split(",").map(statusLabel).join(", ")}
                </option>
              )}
              {caseStatuses.map((s) => (
                <option value={s} selected={status === s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-organization">Organization</label>
            <select id="f-organization" name="organization">
              <option value="">Any organization</option>
              {organizations.map((o) => (
                <option value={o.slug} selected={value("organization") === o.slug}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-reviewer">Reviewer asked</label>
            <select id="f-reviewer" name="reviewer">
              <option value="">Any reviewer</option>
              {reviewers.map((r) => (
                <option value={r.id} selected={value("reviewer") === r.id}>
                  {`${r.name} (${r.organizationName}${r.active ? "" : ", inactive"})`}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="f-submittedFrom">Submitted from</label>
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
            <label for="f-submittedTo">Submitted to</label>
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
            <span>Overdue only (someone asked to act is past the due date)</span>
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
            <span>Stuck only (not moving by itself: move it on by hand)</span>
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
            <span>My tasks (cases with an open task of mine)</span>
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
            <span>Tasks due this week (in the next seven days, or overdue)</span>
          </label>
        </div>
        {form.values.has("limit") && <input type="hidden" name="limit" value={value("limit")} />}
        <button class="button" type="submit">
          Show cases
        </button>{" "}
        <a href="/staff">Clear filters</a>
      </form>

      {page && (
        <>
          <ExportButton kind="cases" filters={filtersShown(form)} label="Export these cases as CSV" />
          <Table
            id="queue"
            caption={`Cases, newest first${form.values.has("cursor") ? " (continued)" : ""}: ${page.items.length} shown`}
            empty="No cases match these filters."
            rows={page.items}
            columns={[
              {
                header: "Reference",
                rowHeader: true,
                cell: (item) => <a href={`/staff/cases/${encodeURIComponent(item.id)}`}>{item.reference}</a>,
              },
              { header: "Organization", cell: (item) => names.get(item.organization) ?? item.organization },
              { header: "Applicant", cell: (item) => item.applicantName },
              { header: "Status", cell: (item) => statusLabel(item.status) },
              { header: "Submitted", cell: (item) => <Day iso={item.submittedAt} /> },
              {
                header: "Stage due",
                cell: (item) => (
                  <>
                    {item.stageDueAt ? <Day iso={item.stageDueAt} /> : <span class="tag">nothing open</span>}
                    {item.overdue && (
                      <>
                        {" "}
                        <strong class="overdue">overdue</strong>
                      </>
                    )}
                    {item.stuck && (
                      <>
                        {" "}
                        <strong class="overdue">stuck</strong>
                      </>
                    )}
                  </>
                ),
              },
              {
                header: "Next task",
                cell: (item) =>
                  item.nextTask ? (
                    <>
                      <Day iso={item.nextTask.dueOn} />
                      {item.nextTask.overdue && (
                        <>
                          {" "}
                          <strong class="overdue">overdue</strong>
                        </>
                      )}
                      {`: ${item.nextTask.title ?? "(erased)"}`}
                    </>
                  ) : (
                    <span class="tag">none</span>
                  ),
              },
              { header: "Possible duplicates", cell: (item) => item.possibleDuplicates },
            ]}
          />
          <p>
            {form.values.has("cursor") && (
              <>
                <a href={`/staff${queryString(form, ["cursor"])}`}>First page</a>{" "}
              </>
            )}
            {page.nextCursor && (
              <a rel="next" href={`/staff${queryString(form, ["cursor"], { cursor: page.nextCursor })}`}>
                Next page
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

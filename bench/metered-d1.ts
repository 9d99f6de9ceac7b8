// A D1 binding that notes what each statement cost, from D1's own result meta (rows read and
// written, and the time SQLite spent on it), for the bench's run of the daily job. `raw()`, which
// drizzle uses for selects, returns no meta: a SELECT read that way is run a second time with
// `all()` for its meta (reads change nothing); any other statement read that way is noted without.

export type StatementCost = {
  /** The workflow step it ran in. */
  step: string;
  sql: string;
  rowsRead: number | null;
  rowsWritten: number | null;
  durationMs: number | null;
};

/** Each wrapper's statement and its SQL, for `batch`. */
const inner = new WeakMap<object, { statement: D1PreparedStatement; sql: string }>();

type Log = { costs: StatementCost[]; step: () => string };

function note(log: Log, sql: string, meta: D1Meta | null) {
  log.costs.push({
    step: log.step(),
    sql: sql.replace(/\s+/g, " ").slice(0, 160),
    rowsRead: meta?.rows_read ?? null,
    rowsWritten: meta?.rows_written ?? null,
    durationMs: meta?.duration ?? null,
  });
}

function wrap(statement: D1PreparedStatement, sql: string, log: Log): D1PreparedStatement {
  const wrapped = {
    bind: (...values: unknown[]) => wrap(statement.bind(...values), sql, log),
    async run() {
      const result = await statement.run();
      note(log, sql, result.meta);
      return result;
    },
    async all() {
      const result = await statement.all();
      note(log, sql, result.meta);
      return result;
    },
    async first(column?: string) {
      const result = await statement.all();
      note(log, sql, result.meta);
      const row = (result.results[0] ?? null) as Record<string, unknown> | null;
      return column === undefined || row === null ? row : row[column];
    },
    async raw(options?: { columnNames?: boolean }) {
      const rows = await statement.raw(options as { columnNames: true });
      note(log, sql, /^\s*(select|with)\b/i.test(sql) ? (await statement.all()).meta : null);
      return rows;
    },
  };
  inner.set(wrapped, { statement, sql });
  return wrapped as unknown as D1PreparedStatement;
}

/** `db`, with every statement's cost added to `costs` in the order they ran, with the step `step()` names. */
export function metered(db: D1Database, costs: StatementCost[], step = () => ""): D1Database {
  const log = { costs, step };
  return {
    prepare: (sql: string) => wrap(db.prepare(sql), sql, log),
    async batch(statements: D1PreparedStatement[]) {
      const unwrapped = statements.map((s) => inner.get(s));
      const results = await db.batch(unwrapped.map((u, i) => u?.statement ?? (statements[i] as D1PreparedStatement)));
      for (const [i, result] of results.entries()) note(log, `[batch] ${unwrapped[i]?.sql ?? "?"}`, result.meta);
      return results;
    },
    exec: (query: string) => db.exec(query),
    dump: () => db.dump(),
    withSession: () => {
      throw new Error("metered(): sessions are not metered");
    },
  } as unknown as D1Database;
}

/**
 * Typed raw SQL: `queryRows(db, sql, params, { id: 'uuid', name_cy: 'text | null' })` runs the
 * query and returns rows whose TypeScript type is inferred from the schema. Every row is checked
 * against the schema at run time (the column set on the first row, each value's type on every
 * row), so a query whose columns drift from the code fails loudly with the column's name instead
 * of handing `undefined` or a string-typed count to the caller. The checks are a `typeof` per
 * value; no copying beyond one small object per row.
 */

/** What node-postgres returns for each column type, and what the row holds after the check. */
type ColumnValues = {
  uuid: string;
  text: string;
  /** int2 / int4 (node-postgres parses them to numbers). */
  int: number;
  /** int8 and `count(*)`: node-postgres returns a string; converted to a number (must be a safe integer). */
  'bigint-as-number': number;
  /** numeric: node-postgres returns a string; converted to a finite number. */
  'numeric-as-number': number;
  /** float4 / float8. */
  float: number;
  timestamptz: Date;
  bool: boolean;
  /** json / jsonb, already parsed: the caller narrows it. */
  json: unknown;
  'text[]': string[];
  'uuid[]': string[];
  'int[]': number[];
};

export type ColumnType = keyof ColumnValues;
/** A custom column check: the parsed value, or `undefined` to reject the value (it receives null too). */
export type ColumnParser<T> = { readonly label: string; readonly parse: (value: unknown) => T | undefined };
export type ColumnSpec = ColumnType | `${ColumnType} | null` | ColumnParser<unknown>;
export type RowSchema = Readonly<Record<string, ColumnSpec>>;

type ValueOf<S extends ColumnSpec> =
  S extends ColumnParser<infer T>
    ? T
    : S extends `${infer T extends ColumnType} | null`
      ? ColumnValues[T] | null
      : S extends ColumnType
        ? ColumnValues[S]
        : never;

/** A text column holding one of a few values (a CHECK constraint or a PostgreSQL enum), typed as their union. */
export function oneOf<const T extends string>(...values: readonly T[]): ColumnParser<T> {
  const allowed = new Set<unknown>(values);
  return { label: `one of ${values.join(', ')}`, parse: (value) => (allowed.has(value) ? (value as T) : undefined) };
}

/** The row type a schema describes. */
export type RowOf<S extends RowSchema> = { -readonly [K in keyof S]: ValueOf<S[K]> };

/** Anything that runs SQL: a DataSource, an EntityManager, a QueryRunner's manager. */
export type Queryable = { query(sql: string, parameters?: unknown[]): Promise<unknown> };

/** The database returned rows that do not match the schema: a bug, reported as a 500 and logged. */
export class SqlRowTypeError extends Error {
  constructor(
    readonly column: string,
    detail: string,
    sql: string,
  ) {
    super(
      `SQL row check failed: column "${column}" ${detail} (query: ${sql.replace(/\s+/g, ' ').trim().slice(0, 120)})`,
    );
    this.name = 'SqlRowTypeError';
  }
}

const isInteger = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isArrayOf = (v: unknown, check: (item: unknown) => boolean): boolean => Array.isArray(v) && v.every(check);
const isString = (v: unknown): v is string => typeof v === 'string';

/** Returns the parsed value, or `undefined` when it does not have the column's type. */
function parse(type: ColumnType, value: unknown): unknown {
  switch (type) {
    case 'uuid':
    case 'text':
      return isString(value) ? value : undefined;
    case 'int':
      return isInteger(value) ? value : undefined;
    case 'bigint-as-number': {
      const n = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
      return isInteger(n) && Number.isSafeInteger(n) ? n : undefined;
    }
    case 'numeric-as-number': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
    }
    case 'float':
      return typeof value === 'number' ? value : undefined;
    case 'timestamptz':
      return value instanceof Date && !Number.isNaN(value.getTime()) ? value : undefined;
    case 'bool':
      return typeof value === 'boolean' ? value : undefined;
    case 'json':
      return value;
    case 'text[]':
    case 'uuid[]':
      return isArrayOf(value, isString) ? value : undefined;
    case 'int[]':
      return isArrayOf(value, isInteger) ? value : undefined;
  }
}

const describe = (value: unknown): string =>
  value === null ? 'null' : value instanceof Date ? 'Date' : Array.isArray(value) ? 'array' : typeof value;

type CompiledColumn = { name: string; label: string; nullable: boolean; parse: (value: unknown) => unknown };

function compile(schema: RowSchema): CompiledColumn[] {
  return Object.entries(schema).map(([name, spec]) => {
    if (typeof spec !== 'string') return { name, label: spec.label, nullable: true, parse: spec.parse };
    const nullable = spec.endsWith(' | null');
    const type = (nullable ? spec.slice(0, -' | null'.length) : spec) as ColumnType;
    return { name, label: type, nullable, parse: (value: unknown) => parse(type, value) };
  });
}

/** Checks (and converts) raw rows against a schema; exported for tests and for rows obtained elsewhere. */
export function checkRows<S extends RowSchema>(raw: unknown, schema: S, sql = ''): RowOf<S>[] {
  // TypeORM's PostgreSQL driver returns [rows, affectedCount] for UPDATE and DELETE.
  const rows: unknown =
    Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number' ? raw[0] : raw;
  if (!Array.isArray(rows)) throw new SqlRowTypeError('*', `expected an array of rows, got ${describe(rows)}`, sql);
  const columns = compile(schema);
  const first: unknown = rows[0];
  if (first !== undefined) {
    if (typeof first !== 'object' || first === null)
      throw new SqlRowTypeError('*', `expected a row object, got ${describe(first)}`, sql);
    const missing = columns.find((c) => !(c.name in first));
    if (missing) throw new SqlRowTypeError(missing.name, 'is missing from the result', sql);
    const extra = Object.keys(first).find((name) => !(name in schema));
    if (extra !== undefined) throw new SqlRowTypeError(extra, 'is returned but not in the schema', sql);
  }
  return rows.map((row: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const { name, label, nullable, parse: parseValue } of columns) {
      const value = row[name];
      if (value === null && typeof schema[name] === 'string') {
        if (!nullable) throw new SqlRowTypeError(name, `expected ${label}, got null`, sql);
        out[name] = null;
        continue;
      }
      const parsed = parseValue(value);
      if (parsed === undefined) throw new SqlRowTypeError(name, `expected ${label}, got ${describe(value)}`, sql);
      out[name] = parsed;
    }
    return out as RowOf<S>;
  });
}

/** Runs `sql` and returns its rows, typed by and checked against `schema`. */
export async function queryRows<S extends RowSchema>(
  db: Queryable,
  sql: string,
  params: readonly unknown[],
  schema: S,
): Promise<RowOf<S>[]> {
  return checkRows(await db.query(sql, [...params]), schema, sql);
}

/** Runs `sql` and returns its first row (or undefined), typed by and checked against `schema`. */
export async function queryOne<S extends RowSchema>(
  db: Queryable,
  sql: string,
  params: readonly unknown[],
  schema: S,
): Promise<RowOf<S> | undefined> {
  const rows = await queryRows(db, sql, params, schema);
  return rows[0];
}

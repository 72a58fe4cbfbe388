import fc from 'fast-check';

/** The part of an OpenAPI 3 schema the generators read. */
export type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
};

export type Operation = {
  method: string;
  path: string;
  pathParams: string[];
  queryParams: { name: string; schema: Schema }[];
  body?: Schema;
  multipart: boolean;
};

export type Doc = {
  paths: Record<string, Record<string, OperationObject>>;
  components?: { schemas?: Record<string, Schema> };
};
type OperationObject = {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
};

/** Every operation of the committed document, with its parameters and JSON body schema. */
export function operationsOf(doc: Doc): Operation[] {
  const out: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const params = op.parameters ?? [];
      out.push({
        method: method.toUpperCase(),
        path,
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        body: op.requestBody?.content['application/json']?.schema,
        multipart: op.requestBody?.content['multipart/form-data'] !== undefined,
      });
    }
  }
  return out;
}

/** Text a stranger might send: lone surrogates, NUL, RTL overrides, combining marks, emoji, huge. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '\ud800',
    '\udc00x',
    '\ud800@x.org',
    'a\u0000b',
    '\u202eevil\u202c',
    'e\u0301\u0301\u0301\u0301\u0301',
    'Z̴̡̛̗͎̈́a̷l̶g̵o̷',
    '🌱🏴󠁧󠁢󠁷󠁬󠁳󠁿',
    '\ufeff',
    '',
    ' ',
    '%00',
    '%',
    '../../etc/passwd',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '${7*7}',
    '__proto__',
    'constructor',
    'null',
    'NaN',
    '-1',
    '1e309',
    '9'.repeat(400),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 1_000, max: 120_000 }).map((n) => 'x'.repeat(n)),
);

/** Any JSON value, including deep and wide ones. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  nastyString,
  fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, -1e308, [], {}),
  fc.integer({ min: 33, max: 400 }).map((depth) => nest(depth)),
  fc.integer({ min: 100, max: 12_000 }).map((n) => Array.from({ length: n }, (_, i) => i)),
);

const nest = (depth: number): unknown => {
  let v: unknown = 'deep';
  for (let i = 0; i < depth; i += 1) v = i % 2 === 0 ? [v] : { a: v };
  return v;
};

const resolve = (schema: Schema, doc: Doc): Schema => {
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() ?? '';
    return resolve(doc.components?.schemas?.[name] ?? {}, doc);
  }
  if (schema.allOf?.length === 1 && schema.allOf[0])
    return { ...resolve(schema.allOf[0], doc), nullable: schema.nullable };
  return schema;
};

/** A value that fits the schema (roughly), so mutations land close to what the route accepts. */
export function validish(schemaIn: Schema, doc: Doc, ids: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(schemaIn, doc);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  const type = schema.type ?? (schema.properties ? 'object' : undefined);
  switch (type) {
    case 'string':
      if (schema.format === 'uuid') return ids;
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
      return fc.string({ maxLength: Math.min(schema.maxLength ?? 60, 60) });
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 1_000 });
    case 'number':
      return fc.double({ noNaN: true, min: schema.minimum ?? -10, max: schema.maximum ?? 1_000 });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return depth > 3
        ? fc.constant([])
        : fc.array(validish(schema.items ?? {}, doc, ids, depth + 1), { maxLength: 4 });
    case 'object': {
      if (depth > 3 || !schema.properties) return fc.constant({});
      const keys = Object.keys(schema.properties);
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const key of keys) record[key] = validish(schema.properties[key] ?? {}, doc, ids, depth + 1);
      return fc.record(record, { requiredKeys: schema.required?.filter((k) => keys.includes(k)) ?? [] });
    }
    case undefined:
    default:
      return anyJson;
  }
}

/** A body close to valid with one or more mutations: wrong types, missing or extra fields, nasty text. */
export function mutatedBody(schema: Schema | undefined, doc: Doc, ids: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  const base = schema ? validish(schema, doc, ids) : fc.constant({});
  return fc
    .tuple(base, fc.array(fc.tuple(fc.nat(), anyJson, fc.constantFrom('replace', 'delete', 'extra')), { maxLength: 3 }))
    .map(([value, mutations]) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const obj = { ...(value as Record<string, unknown>) };
      const keys = Object.keys(obj);
      for (const [pick, replacement, kind] of mutations) {
        const key = keys.length ? keys[pick % keys.length] : undefined;
        if (kind === 'extra' || key === undefined) obj[`extra${pick % 5}`] = replacement;
        else if (kind === 'delete') delete obj[key];
        else obj[key] = replacement;
      }
      return obj;
    });
}

/** Raw bodies that are not what the content type says, or not JSON at all. */
export const rawBody: fc.Arbitrary<{ contentType: string; text: string }> = fc.oneof(
  fc.record({
    contentType: fc.constant('application/json'),
    text: fc.constantFrom(
      '{"email": ',
      '{',
      '[',
      '["\\ud800"]',
      '{"a":1,"a":2}',
      '\u0000',
      'null',
      '"just a string"',
      '1e999999',
      '{"__proto__":{"polluted":true}}',
      '{"constructor":{"prototype":{"x":1}}}',
    ),
  }),
  fc.record({
    contentType: fc.constant('application/json'),
    text: fc.integer({ min: 33, max: 20_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  }),
  fc.record({
    contentType: fc.constant('application/json'),
    text: fc.integer({ min: 33, max: 5_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
  }),
  fc.record({
    contentType: fc.constantFrom(
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      '',
    ),
    text: fc.constantFrom('email=a%40b.c&password=x', '<a/>', '--x\r\n\r\n--x--', '{"email":"a@b.c"}', '\u0000\u0001'),
  }),
);

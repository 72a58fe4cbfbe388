import type { OpenAPIObject } from '@nestjs/swagger';
import { SESSION_COOKIE } from '../common/auth/auth-user';
import { PUBLIC_EXTENSION, RETURNS_EXTENSION, type ReturnsMetadata } from './api-returns';
import contractSchemas from './contract-schemas.json';

type Json = { [key: string]: unknown };
type Operation = Json & {
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
  security?: Record<string, string[]>[];
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
const SIGNED_IN: Record<string, string[]>[] = [{ bearer: [] }, { cookie: [] }];
const ERROR_REF = { $ref: '#/components/schemas/ApiError' };
const json = (schema: Json): Json => ({ 'application/json': { schema } });

/** Statuses every route of a kind can answer, from the global guard, pipe and filter. */
const GLOBAL_ERRORS: {
  status: string;
  description: string;
  applies: (op: Operation, isPublic: boolean, method: string) => boolean;
}[] = [
  {
    status: '400',
    description: 'The request is not valid; `fields` names what is wrong with each field (code validation_failed)',
    applies: (op) => op.requestBody !== undefined || (op.parameters ?? []).length > 0,
  },
  {
    status: '401',
    description: 'Not signed in, or the session has ended',
    applies: (_, isPublic) => !isPublic,
  },
  {
    status: '403',
    description:
      'The caller may not do this to this object (the access layer), or signed in with the session cookie but without the matching CSRF header (code csrf_failed)',
    applies: (op, isPublic, method) =>
      !isPublic ||
      (op.parameters ?? []).some((p) => 'in' in p && p['in'] === 'path') ||
      !['get', 'head', 'options'].includes(method),
  },
  {
    status: '404',
    description: 'No object with that id, or none the caller may know about',
    applies: (op) => (op.parameters ?? []).some((p) => 'in' in p && p['in'] === 'path'),
  },
  {
    status: '413',
    description: 'The body is larger than the server accepts',
    applies: (op) => op.requestBody !== undefined,
  },
  {
    status: '500',
    description: 'Something went wrong on our side; quote requestId if you contact us',
    applies: () => true,
  },
  {
    status: '503',
    description:
      'The database cannot be reached right now (code database_unavailable); retry after Retry-After seconds',
    applies: () => true,
  },
];

/** OpenAPI 3.0's `nullable` (what @nestjs/swagger writes for the request DTOs) in the 3.1 dialect. */
function nullableTo31(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullableTo31);
  if (value === null || typeof value !== 'object') return value;
  const { nullable, ...rest } = value as Json;
  const out: Json = {};
  for (const [key, child] of Object.entries(rest)) out[key] = nullableTo31(child);
  if (nullable !== true) return out;
  if (Array.isArray(out['allOf'])) {
    const others = Object.fromEntries(Object.entries(out).filter(([key]) => key !== 'allOf' && key !== 'type'));
    const allOf = out['allOf'] as unknown[];
    return { ...others, anyOf: [allOf.length === 1 ? allOf[0] : { allOf }, { type: 'null' }] };
  }
  return typeof out['type'] === 'string' ? { ...out, type: [out['type'], 'null'] } : out;
}

/** Names of the component schemas reachable from `value`, following refs through `schemas`. */
function referencedSchemas(value: unknown, schemas: Json, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((item) => referencedSchemas(item, schemas, found));
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
        const name = child.slice('#/components/schemas/'.length);
        if (!found.has(name)) {
          found.add(name);
          referencedSchemas(schemas[name], schemas, found);
        }
      } else referencedSchemas(child, schemas, found);
    }
  }
  return found;
}

function finishOperation(op: Operation, method: string): void {
  const isPublic = op[PUBLIC_EXTENSION] === true;
  delete op[PUBLIC_EXTENSION];
  // A public route still resolves a signed-in caller (some show members more), so sign-in is optional there.
  op.security = isPublic ? [{}, ...SIGNED_IN] : SIGNED_IN;
  const returns = op[RETURNS_EXTENSION] as ReturnsMetadata | undefined;
  delete op[RETURNS_EXTENSION];
  for (const status of returns?.statuses ?? []) {
    const schema = returns?.schema.endsWith('[]')
      ? { type: 'array', items: { $ref: `#/components/schemas/${returns.schema.slice(0, -2)}` } }
      : { $ref: `#/components/schemas/${returns?.schema}` };
    const response = op.responses[String(status)] ?? { description: '' };
    op.responses[String(status)] = { ...response, description: response['description'] || 'OK', content: json(schema) };
  }
  for (const { status, description, applies } of GLOBAL_ERRORS) {
    if (!op.responses[status] && applies(op, isPublic, method)) op.responses[status] = { description };
  }
  for (const [status, response] of Object.entries(op.responses)) {
    if (Number(status) >= 400 && !response['content']) response['content'] = json(ERROR_REF);
  }
}

/**
 * Completes what @nestjs/swagger generates: OpenAPI 3.1, the response schemas generated from the
 * shared contract, the error body on every error status, the statuses the global guard, pipe
 * and filter add, the security of every route (bearer token or session cookie), servers and licence.
 */
export function finishOpenApi(document: OpenAPIObject): OpenAPIObject {
  const doc = nullableTo31(document) as Json & { paths: Record<string, Record<string, Operation>>; components: Json };
  doc['openapi'] = '3.1.0';
  doc['servers'] = [{ url: '/', description: 'The server that serves this document (every path starts /api/v1)' }];
  const info = doc['info'] as Json;
  info['license'] = { name: 'MIT', identifier: 'MIT' };
  info['description'] =
    `${typeof info['description'] === 'string' ? info['description'] : ''} The code is MIT-licensed; the open-data exports are published ` +
    'under the Open Government Licence v3.0 (OGL-UK-3.0).';
  for (const item of Object.values(doc.paths)) {
    for (const method of METHODS) if (item[method]) finishOperation(item[method], method);
  }
  const components = doc.components;
  components['securitySchemes'] = {
    ...(components['securitySchemes'] as Json | undefined),
    cookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE, description: 'The web app’s session cookie' },
  };
  const schemas: Json = { ...(contractSchemas as Json), ...(components['schemas'] as Json | undefined) };
  const used = referencedSchemas(doc.paths, schemas);
  components['schemas'] = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return doc as unknown as OpenAPIObject;
}

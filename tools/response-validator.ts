/**
 * Checks a response the tests received against the committed OpenAPI document
 * (apps/api/openapi.json) with Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1): the status
 * must be documented for the operation, the content type must be one it lists, and a JSON body
 * must match its schema, whose objects refuse undocumented fields (additionalProperties: false).
 * Hooked in once: apps/api/test/test-app.ts (supertest) and apps/api-e2e/src/support (fetch).
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type ObservedResponse = {
  method: string;
  /** The request path (a full URL is fine); the query string is ignored. */
  url: string;
  status: number;
  contentType: string | undefined;
  /** The parsed body when JSON, otherwise anything (not checked). */
  body: unknown;
  /** Whether the response had a body at all. */
  hasBody: boolean;
};

type MediaType = { schema?: unknown };
type Response = { content?: Record<string, MediaType> };
type Operation = { responses: Record<string, Response> };
type Document = { paths: Record<string, Record<string, Operation>>; components: unknown };

const DOCUMENT_FILE = resolve(__dirname, '../apps/api/openapi.json');
const DOCUMENT_ID = 'urn:council-challenges:openapi';

/** The contract is the versioned API; its development-only routes are left out on purpose (@ApiExcludeController). */
const isContractPath = (path: string): boolean => path.startsWith('/api/v1/') && !path.startsWith('/api/v1/dev/');

type Route = { template: string; pattern: RegExp; params: number };

class ResponseValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly routes: Route[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(private readonly document: Document) {
    addFormats(this.ajv);
    this.ajv.addFormat('binary', true);
    this.ajv.addSchema({ ...document, $id: DOCUMENT_ID });
    this.routes = Object.keys(document.paths)
      .map((template) => ({
        template,
        pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
        params: (template.match(/\{/g) ?? []).length,
      }))
      // A literal segment wins over a parameter (/ideas/similar before /ideas/{ideaId}).
      .sort((a, b) => a.params - b.params);
  }

  problems(observed: ObservedResponse): string[] {
    const path = new URL(observed.url, 'http://localhost').pathname;
    if (!isContractPath(path)) return [];
    const method = observed.method.toLowerCase();
    const route = this.routes.find((r) => r.pattern.test(path) && this.document.paths[r.template]?.[method]);
    if (!route) {
      // Unknown routes answer Nest's 404 through the global error filter.
      if (observed.status === 404 || observed.status === 405) return this.checkBody(observed, 'ApiError');
      return [`no operation ${method.toUpperCase()} ${path} in the document`];
    }
    const pointer = `/paths/${escape(route.template)}/${method}/responses`;
    const responses = this.document.paths[route.template]?.[method]?.responses ?? {};
    const key = [String(observed.status), `${String(observed.status)[0]}XX`, 'default'].find((k) => responses[k]);
    if (!key) return [`status ${observed.status} is not documented (documented: ${Object.keys(responses).join(', ')})`];
    const content = responses[key]?.content;
    if (!content)
      return observed.hasBody ? [`status ${observed.status} is documented without a body, but one came`] : [];
    if (!observed.hasBody) return [`status ${observed.status} is documented with a body, but none came`];
    const type = (observed.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const mediaType = Object.keys(content).find(
      (t) => t === type || t === '*/*' || (t.endsWith('/*') && type.startsWith(t.slice(0, -1))),
    );
    if (!mediaType)
      return [`content type "${type}" is not documented (documented: ${Object.keys(content).join(', ')})`];
    if (!type.includes('json')) return [];
    return this.validate(`${pointer}/${escape(key)}/content/${escape(mediaType)}/schema`, observed.body);
  }

  private checkBody(observed: ObservedResponse, schema: string): string[] {
    if (!(observed.contentType ?? '').includes('json')) return [];
    return this.validate(`/components/schemas/${schema}`, observed.body);
  }

  private validate(pointer: string, body: unknown): string[] {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      this.compiled.set(pointer, validate);
    }
    return validate(body) ? [] : (validate.errors ?? []).map(describe);
  }
}

const escape = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(body)';
  const extra =
    error.keyword === 'additionalProperties'
      ? ` "${String((error.params as { additionalProperty?: string }).additionalProperty)}"`
      : error.keyword === 'enum'
        ? `: ${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)}`
        : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}

let shared: ResponseValidator | undefined;

/** The problems of one response against the committed document; empty when it agrees. */
export function responseProblems(observed: ObservedResponse): string[] {
  shared ??= new ResponseValidator(JSON.parse(readFileSync(DOCUMENT_FILE, 'utf8')) as Document);
  return shared.problems(observed);
}

/** Throws when a response disagrees with the committed document, naming the request and each problem. */
export function assertDocumentedResponse(observed: ObservedResponse): void {
  const problems = responseProblems(observed);
  if (problems.length === 0) return;
  const path = new URL(observed.url, 'http://localhost').pathname;
  throw new Error(
    `Response not as documented in apps/api/openapi.json: ${observed.method.toUpperCase()} ${path} → ${observed.status}\n` +
      problems.map((p) => `  - ${p}`).join('\n') +
      `\n  body: ${JSON.stringify(observed.body)?.slice(0, 500)}`,
  );
}

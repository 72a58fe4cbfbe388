import { checkDocumented } from './documented';

/** The running server started by global-setup.ts. */
export const apiUrl = (): string => {
  const url = process.env['API_E2E_URL'];
  if (!url) throw new Error('API_E2E_URL is not set: run through jest -c apps/api-e2e/jest.config.cts');
  return url;
};

export type ApiResponse<T> = { status: number; headers: Headers; body: T };

/** A JSON request to the API; the body is parsed when there is one. */
export async function api<T = unknown>(
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.token) headers['Authorization'] = `Bearer ${options.token}`;
  const res = await fetch(`${apiUrl()}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  await checkDocumented(method, path, res);
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: parseBody(text, res.headers) as T };
}

const parseBody = (text: string, headers: Headers): unknown =>
  text === '' ? undefined : (headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;

import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { apiUrl } from '../support/api';
import { checkDocumented } from '../support/documented';
import type { paths } from './schema';

export type ApiClient = Client<paths>;

/** Every response through the client is checked against the committed document as well. */
const documented: Middleware = {
  async onResponse({ request, response }) {
    await checkDocumented(request.method, request.url, response);
    return undefined;
  },
};

/**
 * The typed client generated from apps/api/openapi.json (openapi-typescript + openapi-fetch):
 * paths, parameters, bodies and responses are checked by the compiler, so a contract change that
 * breaks a journey fails the type check.
 */
export function apiClient(token?: string, baseUrl = apiUrl()): ApiClient {
  const client = createClient<paths>({
    baseUrl,
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  client.use(documented);
  return client;
}

import { assertDocumentedResponse } from '../../../../tools/response-validator';

/** Checks a response the e2e tests received against the committed OpenAPI document (see tools/response-validator.ts). */
export async function checkDocumented(method: string, url: string, response: Response): Promise<void> {
  const path = new URL(url, 'http://localhost').pathname;
  const text = await response.clone().text();
  const contentType = response.headers.get('content-type') ?? undefined;
  assertDocumentedResponse({
    method,
    url: path,
    status: response.status,
    contentType,
    body: text !== '' && (contentType ?? '').includes('json') ? (JSON.parse(text) as unknown) : text,
    hasBody: text !== '',
  });
}

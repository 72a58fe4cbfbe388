import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, Page, expect } from '@playwright/test';
import type { DevMail, Organisation } from '@challenge/contract';
import { ADMIN, PASSWORD, uniqueEmail } from './accounts';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits for the email to `to` with a `<path>?token=` link, and returns that link's path and query. */
export async function readMailLink(
  request: APIRequestContext,
  to: string,
  path: 'verify-email' | 'reset-password',
): Promise<string> {
  const pattern = new RegExp(`https?://\\S+/${path}\\?token=[^\\s]+`);
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/dev/mail?to=${encodeURIComponent(to)}`);
        if (!response.ok()) return undefined;
        const mails = (await response.json()) as DevMail[];
        link = mails.map((m) => pattern.exec(m.text)?.[0]).find(Boolean);
        return link;
      },
      { message: `an email to ${to} with a ${path} link`, timeout: 15_000 },
    )
    .toBeTruthy();
  const url = new URL(link as string);
  return `${url.pathname}${url.search}`;
}

export type TestUser = { email: string; password: string; displayName: string };

/** Registers and verifies an account through the API (for tests that start signed in). */
export async function createVerifiedUser(request: APIRequestContext, displayName = 'Alys Test'): Promise<TestUser> {
  const user = { email: uniqueEmail('user'), password: PASSWORD, displayName };
  const registered = await request.post('/api/v1/auth/register', { data: { ...user, locale: 'en' } });
  expect(registered.status(), await registered.text()).toBe(201);
  const link = await readMailLink(request, user.email, 'verify-email');
  const token = new URLSearchParams(link.split('?')[1]).get('token');
  const verified = await request.post('/api/v1/auth/verify-email', { data: { token } });
  expect(verified.status(), await verified.text()).toBe(200);
  return user;
}

/** Signs the page's browser context in (the cookies land in the context, as after the sign-in form). */
export async function signInAs(page: Page, email: string, password: string): Promise<void> {
  const response = await page.request.post('/api/v1/auth/login', { data: { email, password } });
  expect(response.status(), await response.text()).toBe(200);
}

export const signInAsAdmin = (page: Page): Promise<void> => signInAs(page, ADMIN.email, ADMIN.password);

/** A mutating request from a signed-in context, echoing the CSRF cookie like the web app does. */
export async function xsrfHeaders(page: Page): Promise<Record<string, string>> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN');
  return cookie ? { 'X-XSRF-TOKEN': cookie.value } : {};
}

export async function createCouncil(page: Page, name: string): Promise<Organisation> {
  const response = await page.request.post('/api/v1/organisations', {
    data: { name },
    headers: await xsrfHeaders(page),
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Organisation;
}

/** Runs axe with the WCAG 2.2 AA tags on the page as it is now and expects no violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Waits for the page's main heading (pages render after their lazy chunk loads). */
export async function heading(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible();
}

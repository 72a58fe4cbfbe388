import { APIRequestContext, Browser, Page, expect } from '@playwright/test';
import type { Challenge, IdeaDetail } from '@challenge/contract';
import { TestUser, createCouncil, createVerifiedUser, signInAs, signInAsAdmin, xsrfHeaders } from './support/helpers';

/** Set-up for the ideas and moderation browser tests, through the API. */

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A browser context signed in as `user`, English whatever the account says. */
export async function signedIn(browser: Browser, user: { email: string; password: string }): Promise<Page> {
  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem('cc-language', 'en'));
  const page = await context.newPage();
  await signInAs(page, user.email, user.password);
  return page;
}

export async function post<T>(page: Page, path: string, data: unknown, status = 201): Promise<T> {
  const response = await page.request.post(`/api/v1${path}`, { data, headers: await xsrfHeaders(page) });
  expect(response.status(), await response.text()).toBe(status);
  return (await response.json()) as T;
}

/** A council with an admin (who publishes a challenge open for submissions and voting now) and a moderator. */
export async function openChallenge(
  browser: Browser,
  request: APIRequestContext,
): Promise<{ challenge: Challenge; moderator: TestUser }> {
  const councilAdmin = await createVerifiedUser(request, 'Ceri Council');
  const moderator = await createVerifiedUser(request, 'Mair Moderator');
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInAsAdmin(adminPage);
  const council = await createCouncil(adminPage, `Ideas Council ${Date.now()}`);
  for (const [user, role] of [
    [councilAdmin, 'admin'],
    [moderator, 'moderator'],
  ] as const) {
    await post(adminPage, `/organisations/${council.id}/members`, { email: user.email, role });
  }
  await admin.close();

  const page = await signedIn(browser, councilAdmin);
  const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const created = await post<Challenge>(page, '/challenges', {
    organisationId: council.id,
    title: `Cleaner streets ${Date.now()}`,
    summary: 'Ideas to keep our streets clean',
    problemStatement: 'Litter costs the council £2m a year.',
    eligibility: 'Anyone living or working in the borough',
    howToEnter: 'Submit your idea on this site',
    judgingSummary: 'A panel scores innovation, feasibility and impact',
    publicVoteWeight: 0.3,
    prizePotPence: 1_000_000,
    prizes: [{ name: 'First prize', amountPence: 500_000 }],
    categories: ['Litter', 'Parks'],
    entrantCategories: ['public', 'staff'],
    rules: 'Be kind. One idea per entry.',
    stages: {
      submissions: { opensAt: at(-0.01), closesAt: at(30) },
      voting: { opensAt: at(-0.01), closesAt: at(35) },
      judging: { opensAt: at(36), closesAt: at(50) },
      results: { opensAt: at(55), closesAt: at(120) },
    },
  });
  const published = await post<{ challenge: Challenge }>(page, `/challenges/${created.id}/publish`, {}, 200);
  await page.context().close();
  return { challenge: published.challenge, moderator };
}

/** Submits an idea straight through the API. */
export async function submitIdea(page: Page, challenge: Challenge, title: string): Promise<IdeaDetail> {
  return post<IdeaDetail>(page, `/challenges/${challenge.id}/ideas`, {
    title,
    summary: `${title}, in short`,
    description: 'Some **detail**.',
    category: 'Litter',
    entrantCategory: 'public',
    submit: true,
    acknowledgeRulesVersion: challenge.rules?.version,
  });
}

import { Browser, Page, expect, test } from '@playwright/test';
import type { Organisation } from '@challenge/contract';
import {
  TestUser,
  createCouncil,
  createVerifiedUser,
  expectNoAxeViolations,
  heading,
  signInAs,
  signInAsAdmin,
  xsrfHeaders,
} from './support/helpers';

/** A council with `admin` as its admin, created by the platform admin through the API. */
async function councilWithAdmin(browser: Browser, admin: TestUser, name: string): Promise<Organisation> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAsAdmin(page);
  const council = await createCouncil(page, name);
  const added = await page.request.post(`/api/v1/organisations/${council.id}/members`, {
    data: { email: admin.email, role: 'admin' },
    headers: await xsrfHeaders(page),
  });
  expect(added.status(), await added.text()).toBe(201);
  await context.close();
  return council;
}

/** Fills a stage date (day, month, year, time) from a JavaScript date, as London wall-clock 09:00. */
async function fillDate(page: Page, id: string, date: Date): Promise<void> {
  await page.locator(`#${id}-day`).fill(String(date.getUTCDate()));
  await page.locator(`#${id}-month`).fill(String(date.getUTCMonth() + 1));
  await page.locator(`#${id}-year`).fill(String(date.getUTCFullYear()));
  await page.locator(`#${id}-time`).fill('09:00');
}

const DAY = 24 * 60 * 60 * 1000;
/** A 1×1 PNG, for the cover image. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

test('an admin creates and publishes a challenge, which the public then finds', async ({ browser, request }) => {
  // A long journey with eight axe runs: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const admin = await createVerifiedUser(request, 'Carys Council');
  const council = await councilWithAdmin(browser, admin, `Cyngor Heriau ${Date.now()}`);
  const title = `Cleaner streets ${Date.now()}`;

  const context = await browser.newContext();
  await context.addInitScript(() => localStorage.setItem('cc-language', 'en'));
  const page = await context.newPage();
  await signInAs(page, admin.email, admin.password);

  await page.goto('/admin/challenges');
  await heading(page, 'Your council’s challenges');
  await expectNoAxeViolations(page, '/admin/challenges');
  await page.getByRole('link', { name: 'Create a challenge' }).click();
  await heading(page, 'Create a challenge');
  await expect(page.getByLabel('Lead council')).toHaveValue(council.id);
  await expectNoAxeViolations(page, 'create form');

  // Nothing filled in: the error summary takes focus and links to the title.
  await page.locator('#prizePot').fill('lots');
  await page.getByRole('button', { name: 'Save as draft' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter a title');
  await expect(summary).toContainText('Enter the prize pot in pounds');
  await expectNoAxeViolations(page, 'create form with errors');
  await summary.getByRole('link', { name: 'Enter a title' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toBeFocused();

  // A draft without eligibility, how to enter or how winners are chosen.
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel('Summary', { exact: true }).fill('Ideas to keep our streets clean.');
  await page.getByLabel('Categories (optional)', { exact: true }).fill('Litter\nRecycling');
  await page.locator('#prizePot').fill('£10,000');
  await page.getByRole('button', { name: 'Add a prize' }).click();
  await page.locator('#prize-0-name').fill('First prize');
  await page.locator('#prize-0-amount').fill('5,000');
  await page.locator('#prize-0-category').fill('Litter');
  const now = Date.now();
  await fillDate(page, 'submissions-opensAt', new Date(now - DAY));
  await fillDate(page, 'submissions-closesAt', new Date(now + 30 * DAY));
  await fillDate(page, 'voting-opensAt', new Date(now + 20 * DAY));
  await fillDate(page, 'voting-closesAt', new Date(now + 40 * DAY));
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await heading(page, title);
  await expect(page.getByText('This challenge is a draft.')).toBeVisible();

  // Publishing lists what is missing.
  await page.getByRole('link', { name: 'Publish', exact: true }).click();
  await heading(page, 'Publish challenge');
  await page.getByRole('button', { name: 'Publish challenge' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Say who is eligible to enter');
  await expect(summary).toContainText('Say how to enter');
  await expect(summary).toContainText('Say how winners will be chosen');
  await expectNoAxeViolations(page, 'publish with missing facts');

  // Fix it, then publish: the Welsh warnings follow.
  await page.getByRole('link', { name: 'Edit the challenge to add what is missing' }).click();
  await heading(page, 'Edit challenge');
  await page.getByLabel('Who can enter', { exact: true }).fill('Anyone who lives or works in the council area.');
  await page.getByLabel('How to enter', { exact: true }).fill('Submit an idea on this site.');
  await page.getByLabel('How winners are chosen', { exact: true }).fill('A panel scores impact and cost.');
  await page.getByLabel('Public vote weight').fill('30');
  await page
    .getByLabel('Description', { exact: true })
    .fill('Litter is **costly**. <script>alert(1)</script> [Read more](javascript:alert(1))');

  // A cover image: a PDF is refused in the error summary, then a PNG is uploaded at once.
  const cover = page.getByLabel('Upload a cover image');
  await cover.setInputFiles({ name: 'cover.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n') });
  await page.getByRole('button', { name: 'Upload cover image' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The cover image must be a PNG, JPEG, WebP or GIF');
  await cover.setInputFiles({ name: 'cover.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: 'Upload cover image' }).click();
  await expect(page.getByTestId('cover-preview')).toBeVisible();
  await expect(summary).toHaveCount(0);
  await page.getByLabel('Cover image description (alt text)', { exact: true }).fill('A litter picker on a street');
  await expectNoAxeViolations(page, 'edit form with a cover');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await heading(page, title);
  await page.getByRole('link', { name: 'Publish', exact: true }).click();
  await heading(page, 'Publish challenge');
  await page.getByRole('button', { name: 'Publish challenge' }).click();
  await expect(page.getByRole('alert')).toContainText('The challenge has been published.');
  await expect(page.getByTestId('welsh-warnings')).toContainText('The Welsh title is empty');
  await expect(page.getByTestId('welsh-warnings')).toContainText('The Welsh name of prize “First prize” is empty');
  await expectNoAxeViolations(page, 'published with warnings');
  await context.close();

  // The public sees it among the open challenges, with its prizes and timeline.
  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto('/challenges');
  await heading(visitor, 'Challenges');
  const card = visitor.getByTestId('challenge-card').filter({ hasText: title });
  await expect(card).toContainText(council.name);
  await expect(card).toContainText('Open for ideas');
  await expect(card).toContainText('£10,000');
  await expect(card.getByRole('img', { name: 'A litter picker on a street' })).toBeVisible();
  await expectNoAxeViolations(visitor, '/challenges');
  await visitor.getByRole('link', { name: 'Upcoming' }).click();
  await expect(visitor.getByTestId('list-heading')).toHaveText('Upcoming challenges');
  await expect(visitor.getByTestId('challenge-card').filter({ hasText: title })).toHaveCount(0);
  await visitor.getByRole('link', { name: 'Open', exact: true }).click();
  await card.getByRole('link', { name: title }).click();
  await heading(visitor, title);
  await expect(visitor.getByTestId('prizes')).toContainText('First prize');
  await expect(visitor.getByTestId('prizes')).toContainText('£5,000');
  await expect(visitor.getByTestId('vote-weight')).toContainText('30%');
  const coverImage = visitor.getByTestId('cover');
  await expect(coverImage).toHaveAttribute('alt', 'A litter picker on a street');
  await expect.poll(() => coverImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  // The description's markdown is rendered; its HTML and javascript: link are not.
  const description = visitor.getByTestId('description');
  await expect(description.locator('strong')).toHaveText('costly');
  await expect(description).toContainText('<script>alert(1)</script>');
  await expect(description.locator('script')).toHaveCount(0);
  await expect(description.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(visitor.getByTestId('timeline')).toContainText('Submitting ideas');
  await expect(visitor.getByTestId('timeline')).toContainText('Public vote');
  await expect(visitor.getByRole('link', { name: 'Submit an idea' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Edit challenge' })).toHaveCount(0);
  await expectNoAxeViolations(visitor, '/challenges/:id');

  // In Welsh.
  await visitor.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(visitor.getByTestId('vote-weight')).toContainText('Mae’r bleidlais gyhoeddus');
  await expectNoAxeViolations(visitor, '/challenges/:id (cy)');
  await visitor.goto('/challenges');
  await heading(visitor, 'Heriau');
  await expect(visitor.getByTestId('challenge-card').filter({ hasText: title })).toContainText('Ar agor i syniadau');
  await expectNoAxeViolations(visitor, '/challenges (cy)');
  await visitorContext.close();
});

test('a resident cannot open the challenge admin pages', async ({ page, request }) => {
  const user = await createVerifiedUser(request, 'Plain Resident');
  await signInAs(page, user.email, user.password);
  await page.goto('/admin/challenges/new');
  await heading(page, 'Page not found');
  await page.goto('/challenges/00000000-0000-4000-8000-000000000000');
  await heading(page, 'Challenge not found');
});

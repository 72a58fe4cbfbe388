import { Page, expect, test } from '@playwright/test';
import {
  createCouncil,
  createVerifiedUser,
  expectNoAxeViolations,
  signInAs,
  signInAsAdmin,
  xsrfHeaders,
} from './support/helpers';

/** Each signed-out page and the main heading it settles on. */
const signedOutPages: readonly [string, string][] = [
  ['/', 'Council Challenges'],
  ['/register', 'Create an account'],
  ['/check-your-email', 'Check your email'],
  ['/verify-email', 'The link has expired or is not valid'],
  ['/verify-email?token=not-a-real-token', 'The link has expired or is not valid'],
  ['/sign-in', 'Sign in'],
  ['/forgotten-password', 'Reset your password'],
  ['/reset-password?token=not-a-real-token', 'Choose a new password'],
  ['/reset-password', 'Choose a new password'],
  ['/accessibility', 'Accessibility statement for Council Challenges'],
  ['/privacy', 'Privacy notice'],
  ['/cookies', 'Cookies'],
  ['/no-such-page', 'Page not found'],
];

/** Opens a page and waits for its main heading (pages that call the API pass the heading they settle on). */
async function open(page: Page, path: string, heading?: string): Promise<void> {
  await page.goto(path);
  await expect(
    heading ? page.getByRole('heading', { level: 1, name: heading }) : page.locator('main h1'),
  ).toBeVisible();
}

test.describe('axe (WCAG 2.2 AA) with no violations', () => {
  test('every signed-out page, in English', async ({ page }) => {
    for (const [path, heading] of signedOutPages) {
      await open(page, path, heading);
      await expectNoAxeViolations(page, path);
    }
  });

  test('forms showing their errors', async ({ page }) => {
    for (const [path, button] of [
      ['/sign-in', 'Sign in'],
      ['/register', 'Create account'],
      ['/forgotten-password', 'Send reset link'],
      ['/reset-password?token=x', 'Save new password'],
    ] as const) {
      await open(page, path);
      await page.getByRole('main').getByRole('button', { name: button }).click();
      await expect(page.locator('.govuk-error-summary')).toBeFocused();
      await expectNoAxeViolations(page, `${path} with errors`);
    }
  });

  test('home, register and sign in, in Welsh', async ({ page }) => {
    await open(page, '/');
    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    for (const path of ['/', '/register', '/sign-in', '/accessibility']) {
      await open(page, path);
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
      await expectNoAxeViolations(page, `${path} (cy)`);
    }
    await open(page, '/sign-in');
    await page.getByRole('main').getByRole('button', { name: 'Mewngofnodi' }).click();
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
    await expectNoAxeViolations(page, '/sign-in with errors (cy)');
  });

  test('signed-in pages of a resident, in English and Welsh', async ({ page, request }) => {
    const user = await createVerifiedUser(request, 'Axe Resident');
    await signInAs(page, user.email, user.password);
    for (const path of ['/', '/account', '/admin']) {
      await open(page, path);
      await expectNoAxeViolations(page, `${path} (signed in)`);
    }
    await open(page, '/account');
    await page.getByRole('button', { name: 'Delete my account' }).click();
    await expect(page.getByRole('button', { name: 'Yes, delete my account' })).toBeVisible();
    await expectNoAxeViolations(page, '/account delete confirmation');

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await open(page, '/account');
    await expectNoAxeViolations(page, '/account (cy)');
  });

  test('the platform admin and council admin pages', async ({ page, request }) => {
    const member = await createVerifiedUser(request, 'Axe Moderator');
    await signInAsAdmin(page);
    const council = await createCouncil(page, `Axe Council ${Date.now()}`);
    const added = await page.request.post(`/api/v1/organisations/${council.id}/members`, {
      data: { email: member.email, role: 'moderator' },
      headers: await xsrfHeaders(page),
    });
    expect(added.status(), await added.text()).toBe(201);

    await open(page, '/admin/organisations');
    await expect(page.getByTestId('organisations')).toContainText(council.name);
    await expectNoAxeViolations(page, '/admin/organisations');

    await open(page, `/admin/organisations/${council.id}/members`);
    await expect(page.getByTestId('members')).toContainText(member.email);
    await expect(page.getByTestId('audit-log')).toBeVisible();
    await expectNoAxeViolations(page, 'members');

    await page.getByRole('button', { name: 'Add member' }).click();
    await expect(page.locator('.govuk-error-summary')).toBeFocused();
    await expectNoAxeViolations(page, 'members with errors');

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    await expectNoAxeViolations(page, 'members (cy)');
    await open(page, '/admin/organisations');
    await expectNoAxeViolations(page, '/admin/organisations (cy)');
    // Switching while signed in saved Welsh to the admin's account: put it back for other tests.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(async () => (await (await page.request.get('/api/v1/me')).json()).locale).toBe('en');
  });
});

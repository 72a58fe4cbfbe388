import { expect, test } from '@playwright/test';
import { PASSWORD, uniqueEmail } from './support/accounts';
import { heading, readMailLink } from './support/helpers';

test('a resident registers, verifies their email, signs in, switches to Welsh and signs out', async ({
  page,
  request,
}) => {
  const email = uniqueEmail('journey');
  const name = 'Rhiannon Journey';

  await page.goto('/');
  await heading(page, 'Council Challenges');
  await expect(page).toHaveTitle('Home – Council Challenges');
  await page.getByRole('button', { name: 'Create an account' }).click();

  await heading(page, 'Create an account');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();

  await heading(page, 'Check your email');
  await expect(page.getByText(`We have sent an email to ${email}.`)).toBeVisible();

  const link = await readMailLink(request, email, 'verify-email');
  await page.goto(link);
  await heading(page, 'Email address confirmed');
  await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click();

  await heading(page, 'Sign in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();

  await heading(page, 'My account');
  await expect(page).toHaveTitle('My account – Council Challenges');
  await expect(page.getByTestId('account-name')).toHaveText(name);
  await expect(page.getByTestId('account-link')).toContainText(name);

  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await heading(page, 'Fy nghyfrif');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page).toHaveTitle('Fy nghyfrif – Heriau Cyngor');
  await expect(page.getByText('Eich manylion')).toBeVisible();
  // The choice is saved to the account (best effort) and survives a reload.
  await expect.poll(async () => (await (await page.request.get('/api/v1/me')).json()).locale).toBe('cy');
  await page.reload();
  await heading(page, 'Fy nghyfrif');

  await page.getByRole('button', { name: 'Allgofnodi' }).click();
  await heading(page, 'Heriau Cyngor');
  await expect(page.getByRole('link', { name: 'Mewngofnodi' }).first()).toBeVisible();
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
});

test('a signed-out visitor to my account is sent to sign in and brought back afterwards', async ({ page }) => {
  await page.goto('/account');
  await heading(page, 'Sign in');
  await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Faccount$/);
});

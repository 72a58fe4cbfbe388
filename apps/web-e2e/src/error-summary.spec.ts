import { expect, test } from '@playwright/test';
import { heading } from './support/helpers';

test('submitting sign in empty shows a focused error summary linking to each field', async ({ page }) => {
  await page.goto('/sign-in');
  await heading(page, 'Sign in');
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();

  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page).toHaveTitle('Error: Sign in – Council Challenges');

  const emailLink = summary.getByRole('link', { name: 'Enter your email address' });
  const passwordLink = summary.getByRole('link', { name: 'Enter your password' });
  await expect(emailLink).toHaveAttribute('href', '#email');
  await expect(passwordLink).toHaveAttribute('href', '#password');

  // Inline messages next to the fields, described by them.
  await expect(page.locator('#email-error')).toContainText('Enter your email address');
  await expect(page.locator('#email')).toHaveAttribute('aria-describedby', /email-error/);

  await passwordLink.click();
  await expect(page.locator('#password')).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('wrong credentials show the server result in the summary', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill('nobody@example.test');
  await page.getByLabel('Password').fill('not the right password');
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter a correct email address and password');
});

test('register shows field errors in Welsh when Welsh is chosen', async ({ page }) => {
  await page.goto('/register');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await heading(page, 'Creu cyfrif');
  await page.getByLabel('Cyfrinair').fill('short');
  await page.getByRole('button', { name: 'Creu cyfrif' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Rhowch eich enw' })).toBeVisible();
  await expect(summary.getByRole('link', { name: 'Rhaid i’r cyfrinair fod yn 12 nod neu fwy' })).toBeVisible();
});

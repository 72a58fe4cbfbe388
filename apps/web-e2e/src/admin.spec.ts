import { expect, test } from '@playwright/test';
import { createVerifiedUser, heading, signInAs } from './support/helpers';
import { ADMIN } from './support/accounts';

test('a platform admin adds a council and its first admin, who then manages the team', async ({ browser, request }) => {
  const councilAdmin = await createVerifiedUser(request, 'Gwen Admin');
  const moderator = await createVerifiedUser(request, 'Dafydd Moderator');
  const councilName = `Cyngor Prawf ${Date.now()}`;

  // The platform admin signs in through the form and sees "Organisations".
  const adminContext = await browser.newContext();
  // The interface language chosen in this browser wins over the one saved with the account.
  await adminContext.addInitScript(() => localStorage.setItem('cc-language', 'en'));
  const page = await adminContext.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
  await heading(page, 'My account');
  await page.getByRole('link', { name: 'Organisations' }).click();

  await heading(page, 'Organisations');
  await page.getByRole('button', { name: 'Add council' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the name of the council');
  await page.getByLabel('Council name').fill(councilName);
  await page.getByRole('button', { name: 'Add council' }).click();
  await expect(page.getByRole('alert')).toContainText(`${councilName} has been added.`);
  await page.getByRole('link', { name: `Manage team of ${councilName}` }).click();

  await heading(page, 'Council team');
  await page.getByLabel('Email address').fill(councilAdmin.email);
  await page.getByLabel('Admin', { exact: true }).check();
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByTestId('members')).toContainText(councilAdmin.email);
  await expect(page.getByTestId('audit-log')).toBeVisible();
  await adminContext.close();

  // The council admin sees "Council admin", adds a moderator and removes them again.
  const councilContext = await browser.newContext();
  const councilPage = await councilContext.newPage();
  await signInAs(councilPage, councilAdmin.email, councilAdmin.password);
  await councilPage.goto('/');
  await councilPage.getByRole('link', { name: 'Council admin' }).click();
  await heading(councilPage, 'Council admin');
  await councilPage.getByRole('link', { name: `Manage the team of ${councilName}` }).click();
  await heading(councilPage, 'Council team');

  await councilPage.getByLabel('Email address').fill(moderator.email);
  await councilPage.getByLabel('Moderator').check();
  await councilPage.getByRole('button', { name: 'Add member' }).click();
  await expect(councilPage.getByTestId('members')).toContainText(moderator.email);

  await councilPage.getByRole('button', { name: `Remove ${moderator.displayName}` }).click();
  await expect(councilPage.getByRole('alert')).toContainText(
    `${moderator.displayName} has been removed from the team.`,
  );
  await expect(councilPage.getByTestId('members')).not.toContainText(moderator.email);
  await councilContext.close();
});

test('a resident cannot open the organisations page', async ({ page, request }) => {
  const user = await createVerifiedUser(request, 'Plain Resident');
  await signInAs(page, user.email, user.password);
  await page.goto('/admin/organisations');
  await heading(page, 'Page not found');
  await expect(page.getByRole('link', { name: 'Organisations' })).toHaveCount(0);
});

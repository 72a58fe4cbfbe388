import { expect, test } from '@playwright/test';
import { createVerifiedUser, heading, signInAs } from './support/helpers';

test('a resident changes their name, then deletes their account after confirming', async ({ page, request }) => {
  const user = await createVerifiedUser(request, 'Owain Delete');
  await signInAs(page, user.email, user.password);
  await page.goto('/account');
  await heading(page, 'My account');

  await page.getByLabel('Change your name').fill('Owain Renamed');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toContainText('Your name has been changed.');
  await expect(page.getByTestId('account-name')).toHaveText('Owain Renamed');
  await expect(page.getByTestId('account-link')).toContainText('Owain Renamed');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  expect((await download).suggestedFilename()).toBe('council-challenges-my-data.json');

  await page.getByRole('button', { name: 'Delete my account' }).click();
  await expect(page.getByText('Are you sure you want to delete your account?')).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await page.getByRole('button', { name: 'Yes, delete my account' }).click();

  await heading(page, 'Council Challenges');
  await expect(page.getByRole('alert')).toContainText('Your account has been deleted.');
  expect((await page.request.get('/api/v1/me')).status()).toBe(401);
  const signIn = await request.post('/api/v1/auth/login', { data: { email: user.email, password: user.password } });
  expect(signIn.status()).toBe(401);
});

import { expect, test } from '@playwright/test';
import { createVerifiedUser, heading } from './support/helpers';

test('the sign-in form can be completed with the keyboard alone', async ({ page, request }) => {
  const user = await createVerifiedUser(request, 'Keyboard User');
  await page.goto('/sign-in');
  await heading(page, 'Sign in');

  // The first Tab lands on the skip link, which moves focus to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main-content')).toBeFocused();

  await page.keyboard.press('Tab');
  await expect(page.locator('#email')).toBeFocused();
  await page.keyboard.type(user.email);
  await page.keyboard.press('Tab');
  await expect(page.locator('#password')).toBeFocused();
  await page.keyboard.type(user.password);
  await page.keyboard.press('Enter');

  await heading(page, 'My account');
  await expect(page.getByTestId('account-name')).toHaveText(user.displayName);
  // Focus moved to the new page's heading.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

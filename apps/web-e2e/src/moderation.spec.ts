import { expect, test } from '@playwright/test';
import type { Comment } from '@challenge/contract';
import { openChallenge, post, signedIn, submitIdea } from './ideas-fixtures';
import { createVerifiedUser, expectNoAxeViolations, heading } from './support/helpers';

test('a moderator hides a reported comment', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const { challenge, moderator } = await openChallenge(browser, request);
  const author = await signedIn(browser, await createVerifiedUser(request, 'Alun Author'));
  const idea = await submitIdea(author, challenge, `Benches in the park ${Date.now()}`);
  const troll = await signedIn(browser, await createVerifiedUser(request, 'Tomos Troll'));
  const rude = `This is a rude comment ${Date.now()}`;
  await post<Comment>(troll, `/ideas/${idea.id}/comments`, { body: rude });

  // A resident reports the comment from the idea page.
  const reporter = await signedIn(browser, await createVerifiedUser(request, 'Rhian Reporter'));
  await reporter.goto(`/ideas/${idea.id}`);
  await heading(reporter, idea.title);
  await expect(reporter.getByTestId('comments')).toContainText(rude);
  await reporter.getByRole('link', { name: 'Report the comment by Tomos Troll' }).click();
  await heading(reporter, 'Why are you reporting this comment?');
  await reporter.getByRole('button', { name: 'Send report' }).click();
  await expect(reporter.locator('.govuk-error-summary')).toContainText('Enter the reason for your report');
  await reporter.getByRole('textbox').fill('It is rude to the author.');
  await reporter.getByRole('button', { name: 'Send report' }).click();
  await heading(reporter, 'Report sent');

  // The moderator finds it under "Reported" and hides it with a reason.
  const page = await signedIn(browser, moderator);
  await page.goto('/');
  await page.getByRole('link', { name: 'Moderation' }).click();
  await heading(page, 'Moderation');
  await page.getByRole('link', { name: 'Reported' }).click();
  await expect(page.getByRole('link', { name: 'Reported' })).toHaveAttribute('aria-current', 'page');
  const queue = page.getByTestId('moderation-queue');
  await expect(queue).toContainText(rude);
  await expect(queue).toContainText('It is rude to the author.');
  await expectNoAxeViolations(page, 'moderation queue');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(queue).toContainText(rude);
  await expectNoAxeViolations(page, 'moderation queue (cy)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: new RegExp(`^Hide\\W+${rude}`) }).click();
  await expect(page.getByLabel('Why are you hiding this?')).toBeFocused();
  await page.getByRole('button', { name: 'Hide it' }).click();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the reason for hiding it');
  await expectNoAxeViolations(page, 'moderation queue with errors');
  await page.getByLabel('Why are you hiding this?').fill('Personal abuse');
  await page.getByRole('button', { name: 'Hide it' }).click();
  await expect(page.getByTestId('success-banner')).toContainText(`Hidden: ${rude}`);
  await expect(queue).not.toContainText(rude);

  await page.getByRole('link', { name: 'Hidden', exact: true }).click();
  await expect(queue).toContainText(rude);
  await expect(queue).toContainText('Personal abuse');
  await expect(page.getByRole('button', { name: new RegExp(`^Restore\\W+${rude}`) })).toBeVisible();

  // Gone from the public idea page.
  const visitor = await browser.newPage();
  await visitor.goto(`/ideas/${idea.id}`);
  await heading(visitor, idea.title);
  await expect(visitor.getByTestId('comments')).toBeVisible();
  await expect(visitor.getByTestId('comments')).not.toContainText(rude);
});

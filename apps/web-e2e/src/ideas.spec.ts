import { expect, test } from '@playwright/test';
import { PNG, openChallenge, signedIn, submitIdea } from './ideas-fixtures';
import { createVerifiedUser, expectNoAxeViolations, heading } from './support/helpers';

test('a resident submits an idea with an attachment, sees it listed, comments', async ({ browser, request }) => {
  test.setTimeout(90_000);
  const { challenge } = await openChallenge(browser, request);
  const neighbour = await signedIn(browser, await createVerifiedUser(request, 'Nia Neighbour'));
  await submitIdea(neighbour, challenge, 'Bigger recycling bins for flats');

  const resident = await createVerifiedUser(request, 'Rhys Resident');
  const page = await signedIn(browser, resident);

  // The list, with the neighbour's idea.
  await page.goto(`/challenges/${challenge.id}/ideas`);
  await heading(page, 'Ideas');
  await expect(page.getByTestId('idea-results')).toContainText('Bigger recycling bins for flats');
  await expectNoAxeViolations(page, 'idea list');

  // The form: errors first, then similar-idea hints while typing the title.
  await page.getByRole('link', { name: 'Submit an idea' }).click();
  await heading(page, 'Submit an idea');
  await page.getByRole('button', { name: 'Submit idea' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter a title for your idea');
  await expect(page.locator('.govuk-error-summary')).toContainText('Confirm that you have read and accept the rules');
  await expectNoAxeViolations(page, 'idea form with errors');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.locator('.govuk-error-summary')).toContainText('Rhowch deitl i’ch syniad');
  await expectNoAxeViolations(page, 'idea form with errors (cy)');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  const title = `Recycling bins on every street ${Date.now()}`;
  await page.getByLabel('Title of your idea').fill('Bigger recycling bins');
  await expect(page.getByTestId('similar-ideas')).toContainText('Bigger recycling bins for flats');
  await expect(page.getByRole('link', { name: /Support this idea instead/ })).toBeVisible();
  await page.getByLabel('Title of your idea').fill(title);
  await page.getByLabel('Summary').fill('Put a recycling bin next to every litter bin.');
  await page.getByLabel('Description').fill('Residents would **recycle** more if bins were nearer.');
  await page.getByLabel('Category', { exact: true }).selectOption('Litter');
  await page.getByLabel('Member of the public').check();
  await page.getByText('Read the rules (version 1)').click();
  await expect(page.getByText('Be kind. One idea per entry.')).toBeVisible();
  await page.getByLabel('I have read and accept the rules (version 1)').check();
  await page.getByRole('button', { name: 'Submit idea' }).click();

  // The edit page: attachments, refused by content first.
  await heading(page, 'Edit your idea');
  await expect(page.getByTestId('success-banner').first()).toContainText('Your idea has been submitted');
  await page.getByLabel('Upload a file').setInputFiles({
    name: 'not-really.png',
    mimeType: 'image/png',
    buffer: Buffer.from('MZ this is not a picture'),
  });
  await page.getByRole('button', { name: 'Upload file' }).click();
  await expect(page.locator('#file-error')).toBeVisible();
  await page.getByLabel('Upload a file').setInputFiles({ name: 'street.png', mimeType: 'image/png', buffer: PNG });
  await page.getByRole('button', { name: 'Upload file' }).click();
  await expect(page.getByText('street.png has been uploaded.')).toBeVisible();
  await expect(page.getByTestId('attachments')).toContainText('street.png');

  // The idea page, with its file and status.
  await page.getByRole('link', { name: 'Back to your idea' }).click();
  await heading(page, title);
  await expect(page.getByRole('link', { name: 'street.png' })).toBeVisible();
  await expect(page.locator('.app-idea-description strong')).toHaveText('recycle');
  await expect(page).toHaveTitle(`${title} – Council Challenges`);
  await expectNoAxeViolations(page, 'idea page');

  // Listed, found by search.
  await page.getByRole('link', { name: 'Back to ideas' }).click();
  await heading(page, 'Ideas');
  await expect(page.getByTestId('idea-results')).toContainText(title);
  await page.getByLabel('Search ideas').fill('every street');
  await page.getByRole('button', { name: 'Update results' }).click();
  await expect(page).toHaveURL(/q=every\+street|q=every%20street/);
  // A search is ordered by relevance unless a sort is chosen.
  await expect(page).not.toHaveURL(/sort=/);
  await expect(page.getByLabel('Sort by')).toHaveValue('relevance');
  await expect(page.getByTestId('idea-results')).toContainText(title);
  await page.getByRole('link', { name: title }).click();

  // A comment.
  await heading(page, title);
  await page.getByLabel('Add a comment').fill('I would use this every day.');
  await page.getByRole('button', { name: 'Post comment' }).click();
  await expect(page.getByTestId('comments')).toContainText('I would use this every day.');
  await expect(page.getByTestId('comments')).toContainText('Rhys Resident');

  // In Welsh too.
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.getByRole('heading', { name: 'Sylwadau' })).toBeVisible();
  await expectNoAxeViolations(page, 'idea page (cy)');
});

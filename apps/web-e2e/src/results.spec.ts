import { Page, expect, test } from '@playwright/test';
import { signedIn } from './ideas-fixtures';
import { judgedChallenge } from './results-fixtures';
import { expectNoAxeViolations, heading } from './support/helpers';

/** Presses Tab until the focused element's text starts with `text` (at most `limit` presses). */
async function tabTo(page: Page, text: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused.startsWith(text)) return;
  }
  throw new Error(`No focusable element starting "${text}" within ${limit} presses of Tab`);
}

test('an admin previews, overrides a prize with a reason, confirms and publishes; the public sees winners, charts and the method', async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const { challenge, councilAdmin, ideas } = await judgedChallenge(browser, request);
  const [strong, middling, weak] = ideas;
  const reason = 'The panel’s second choice withdrew from the competition.';

  // Before publication the public gets nothing.
  const early = await request.get(`/api/v1/challenges/${challenge.id}/results`);
  expect(early.status()).toBe(404);

  const page = await signedIn(browser, councilAdmin);
  await page.goto(`/challenges/${challenge.id}`);
  await page.getByRole('link', { name: 'Preview the results' }).click();
  await heading(page, 'Results preview');
  await expect(page.getByTestId('results-status')).toHaveText('Draft');
  // The ranking, raw beside normalised panel scores; the public's favourite has People's Choice.
  await expect(page.getByTestId('rank-1')).toContainText(strong.title);
  await expect(page.getByTestId('rank-3')).toContainText(weak.title);
  await expect(page.getByTestId('ranking')).toContainText('Panel average (out of 100)');
  await expect(page.getByTestId('ranking')).toContainText('Panel score (normalised)');
  await expect(page.getByTestId('flags-1')).toHaveText('Nothing to check');
  await expect(page.getByTestId('flag-explanations')).toContainText('Too few judges');
  await expect(page.getByTestId('award-' + (await awardKey(page, 'People’s Choice')))).toContainText(weak.title);
  await expectNoAxeViolations(page, 'results preview');

  // Override the second prize: a reason is required.
  await page.getByRole('button', { name: 'Override the winner of Second prize' }).click();
  const idea = page.getByLabel('Give this prize to');
  await expect(idea).toBeFocused();
  await idea.selectOption({ label: `3. ${weak.title}` });
  await page.getByRole('button', { name: 'Save the change' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Enter the reason for changing the winner');
  await expectNoAxeViolations(page, 'override without a reason');
  await page
    .getByTestId('error-summary')
    .getByRole('link', { name: 'Enter the reason for changing the winner' })
    .click();
  await expect(page.getByLabel('Reason for the change')).toBeFocused();
  await page.keyboard.type(reason);
  await page.getByRole('button', { name: 'Save the change' }).click();
  await expect(page.getByTestId('success-banner')).toContainText(`“Second prize” now goes to “${weak.title}”.`);
  const second = page.getByTestId('award-' + (await awardKey(page, 'Second prize')));
  await expect(second.getByTestId('award-idea')).toContainText(weak.title);
  await expect(second.getByTestId('award-idea')).toContainText('Overridden');
  await expect(second.getByTestId('award-reason')).toHaveText(reason);
  await expect(page.getByTestId('method-overrides')).toContainText(reason);

  // Confirm, with a second question.
  await page.getByRole('button', { name: 'Confirm the results' }).click();
  await expect(page.getByRole('heading', { name: 'Confirm these results?' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, confirm the results' }).click();
  await expect(page.getByTestId('success-banner')).toContainText('The results are confirmed.');
  await expect(page.getByTestId('results-status')).toHaveText('Confirmed');
  await expectNoAxeViolations(page, 'confirmed results');

  // Publish with the keyboard alone.
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, 'Publish the results');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Publish these results?' })).toBeFocused();
  await tabTo(page, 'Yes, publish the results', 5);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('success-banner')).toContainText('The results are published.');
  await expect(page.getByTestId('results-status')).toHaveText('Published');
  await expect(page.getByRole('button', { name: /Override/ })).toHaveCount(0);

  // The public page, as anyone sees it.
  const visitorContext = await browser.newContext();
  await visitorContext.addInitScript(() => localStorage.setItem('cc-language', 'en'));
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/challenges/${challenge.id}`);
  await visitor.getByRole('link', { name: 'See the results' }).click();
  await heading(visitor, 'Results');
  const winners = visitor.getByTestId('winners');
  await expect(winners.getByRole('row', { name: /First prize/ })).toContainText(strong.title);
  await expect(winners.getByRole('row', { name: /First prize/ })).toContainText('£5,000');
  await expect(winners.getByRole('row', { name: /Second prize/ })).toContainText(weak.title);
  await expect(winners.getByRole('row', { name: /People’s Choice/ })).toContainText(weak.title);
  await expect(winners).toContainText('Prizes awarded: £9,000 in total');
  await expect(visitor.getByTestId('rank-2')).toContainText(middling.title);

  // The method, generated from what was published.
  const method = visitor.getByTestId('method');
  await expect(visitor.getByRole('heading', { name: 'How the winners were chosen' })).toBeVisible();
  await expect(method.getByTestId('method-criteria')).toContainText('Impact');
  await expect(method.getByTestId('method-criteria')).toContainText('66.7%');
  await expect(method.getByTestId('method-judges')).toHaveText('2');
  await expect(method.getByTestId('method-judges-per-idea')).toHaveText('2');
  await expect(method.getByTestId('method-vote')).toHaveText('30%, measured by the number of supporters');
  await expect(method.getByTestId('method-formula')).toContainText('Final score = 70% panel score + 30% public vote.');
  await expect(method.getByTestId('method-overrides')).toContainText(`Second prize: ${weak.title}. Reason: ${reason}`);

  // Each chart is one image with a summary, and its numbers are in a table behind a details toggle.
  const chart = visitor.getByTestId('chart-final');
  await expect(chart).toHaveAttribute('role', 'img');
  await expect(chart).toHaveAttribute(
    'aria-label',
    new RegExp(`^Final score of each shortlisted idea: bar chart of 3 ideas\\. Highest: ${strong.title}`),
  );
  const table = visitor.getByTestId('chart-final-table');
  await expect(table).toBeHidden();
  await visitor.getByText('Show “Final score of each shortlisted idea” as a table').click();
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: new RegExp(strong.title) })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(4);
  const supporters = visitor.getByTestId('chart-votes-table');
  await visitor.getByText('Show “Supporters of each shortlisted idea” as a table').click();
  await expect(supporters.getByRole('row', { name: new RegExp(weak.title) })).toContainText('2');

  // Open data under the OGL.
  await expect(visitor.getByRole('link', { name: 'Open Government Licence v3.0' })).toBeVisible();
  const csvHref = await visitor.getByRole('link', { name: /as CSV/ }).getAttribute('href');
  const csv = await request.get(csvHref ?? '');
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toContain('text/csv');
  expect(await csv.text()).toContain(weak.title);
  await expectNoAxeViolations(visitor, 'public results with a chart table open');

  // In Welsh: prize names, the method and the formula in Welsh.
  await visitor.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(visitor.getByRole('heading', { name: 'Sut y dewiswyd yr enillwyr' })).toBeVisible();
  await expect(visitor.getByTestId('winners').getByRole('row', { name: /Gwobr gyntaf/ })).toContainText(strong.title);
  await expect(visitor.getByTestId('method-formula')).toContainText('Sgôr derfynol = 70%');
  await expect(visitor.getByTestId('method-overrides')).toContainText(`Ail wobr: ${weak.title}. Rheswm: ${reason}`);
  await expectNoAxeViolations(visitor, 'public results (cy)');

  // The admin reports progress on a winning idea; it shows on the results and on the idea.
  await page.getByRole('link', { name: 'See the public results page' }).click();
  await heading(page, 'Results');
  await page.getByRole('link', { name: `Post an update on ${weak.title}` }).click();
  await heading(page, 'Post an implementation update');
  await page.getByRole('button', { name: 'Post the update' }).click();
  await expect(page.getByTestId('error-summary')).toContainText('Choose a status');
  await expect(page.getByTestId('error-summary')).toContainText('Enter what has happened, in English');
  await expectNoAxeViolations(page, 'implementation update with errors');
  await page.getByLabel('Status').selectOption({ label: 'In progress' });
  await page.getByLabel('What has happened (in English)').fill('The first map of warm spaces is live in 12 libraries.');
  await page
    .getByLabel('What has happened (in Welsh, optional)')
    .fill('Mae’r map cyntaf o fannau cynnes yn fyw mewn 12 llyfrgell.');
  await page.getByLabel('Money spent so far (optional)').fill('2,500');
  await page.getByRole('button', { name: 'Post the update' }).click();
  await expect(page.getByTestId('success-banner')).toContainText(`Your update on “${weak.title}” has been posted.`);
  await expect(page.getByTestId('implementation-updates')).toContainText('Spent so far: £2,500');

  await visitor.reload();
  await expect(visitor.getByTestId('implementation-updates')).toContainText('The first map of warm spaces is live');
  await expect(visitor.getByTestId('implementation-updates')).toContainText('In progress');
  await visitor.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(visitor.getByTestId('implementation-updates')).toContainText('Mae’r map cyntaf o fannau cynnes');
  await expect(visitor.getByTestId('implementation-updates')).toContainText('Ar y gweill');
  await visitor.getByRole('button', { name: 'English' }).click();
  await visitor.goto(`/ideas/${weak.id}`);
  await heading(visitor, weak.title);
  await expect(visitor.getByRole('heading', { name: 'Implementation updates' })).toBeVisible();
  await expect(visitor.getByTestId('implementation-updates')).toContainText('The first map of warm spaces is live');
  await expect(visitor.getByTestId('update-spend')).toHaveText('Spent so far: £2,500');
  await expectNoAxeViolations(visitor, 'idea page with an implementation update');
  await visitorContext.close();
  await page.context().close();
});

/** The `award-<prizeId>-<slot>` test id of the prize card titled `name`. */
async function awardKey(page: Page, name: string): Promise<string> {
  const card = page.locator('[data-testid^="award-"]').filter({ has: page.getByRole('heading', { name }) });
  const id = (await card.first().getAttribute('data-testid')) ?? '';
  return id.replace(/^award-/, '');
}

test('the results of a challenge are not shown before they are published', async ({ page, request }) => {
  // A challenge id that does not exist stands in for one without published results: the same 404.
  const id = '00000000-0000-4000-8000-000000000000';
  expect((await request.get(`/api/v1/challenges/${id}/results`)).status()).toBe(404);
  await page.goto(`/challenges/${id}/results`);
  await heading(page, 'Results');
  await expect(page.getByTestId('results-unavailable')).toHaveText(
    'The results of this challenge have not been published yet.',
  );
  await expectNoAxeViolations(page, 'results not published');
});

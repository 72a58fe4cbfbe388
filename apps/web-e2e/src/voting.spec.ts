import { APIRequestContext, Browser, Locator, Page, expect, test } from '@playwright/test';
import type { Challenge, IdeaDetail } from '@challenge/contract';
import { post, signedIn, submitIdea } from './ideas-fixtures';
import {
  TestUser,
  createCouncil,
  createVerifiedUser,
  expectNoAxeViolations,
  heading,
  signInAsAdmin,
  xsrfHeaders,
} from './support/helpers';

/** A published challenge with submissions and voting open now: 3 support votes each, and pairwise voting. */
async function votingChallenge(
  browser: Browser,
  request: APIRequestContext,
): Promise<{ challenge: Challenge; councilAdmin: TestUser }> {
  const councilAdmin = await createVerifiedUser(request, 'Ceri Council');
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInAsAdmin(adminPage);
  const council = await createCouncil(adminPage, `Voting Council ${Date.now()}`);
  await post(adminPage, `/organisations/${council.id}/members`, { email: councilAdmin.email, role: 'admin' });
  await admin.close();

  const page = await signedIn(browser, councilAdmin);
  const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  const created = await post<Challenge>(page, '/challenges', {
    organisationId: council.id,
    title: `Greener parks ${Date.now()}`,
    summary: 'Ideas for our parks',
    problemStatement: 'Our parks need more trees.',
    eligibility: 'Anyone living in the borough',
    howToEnter: 'Submit your idea on this site',
    judgingSummary: 'A panel scores impact and cost',
    publicVoteWeight: 0.3,
    prizePotPence: 500_000,
    prizes: [{ name: 'First prize', amountPence: 500_000 }],
    // submitIdea (ideas-fixtures) files ideas under Litter, by a member of the public.
    categories: ['Litter', 'Parks'],
    entrantCategories: ['public', 'staff'],
    rules: 'Be kind.',
    supportVoting: true,
    pairwiseVoting: true,
    publicVoteMeasure: 'supports',
    voteAllowance: 3,
    stages: {
      submissions: { opensAt: at(-0.01), closesAt: at(30) },
      voting: { opensAt: at(-0.01), closesAt: at(35) },
      judging: { opensAt: at(36), closesAt: at(50) },
      results: { opensAt: at(55), closesAt: at(120) },
    },
  });
  const published = await post<{ challenge: Challenge }>(page, `/challenges/${created.id}/publish`, {}, 200);
  await page.context().close();
  return { challenge: published.challenge, councilAdmin };
}

const card = (page: Page, title: string): Locator => page.locator('app-idea-card').filter({ hasText: title });

/** Presses Tab until the focused element's text starts with `text` (at most `limit` presses). */
async function tabTo(page: Page, text: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused.startsWith(text)) return;
  }
  throw new Error(`No focusable element starting "${text}" within ${limit} presses of Tab`);
}

test('a resident supports ideas within the allowance, withdraws, and compares pairs by keyboard', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const { challenge } = await votingChallenge(browser, request);
  const neighbour = await signedIn(browser, await createVerifiedUser(request, 'Nia Neighbour'));
  const stamp = Date.now();
  const ideas: IdeaDetail[] = [];
  for (const title of [`Wildflower verges ${stamp}`, `Orchard in every park ${stamp}`, `Tree library ${stamp}`]) {
    ideas.push(await submitIdea(neighbour, challenge, title));
  }
  await neighbour.context().close();
  const [first, second, third] = ideas as [IdeaDetail, IdeaDetail, IdeaDetail];

  // Signed out: a link to sign in instead of the button.
  const visitor = await browser.newPage();
  await visitor.goto(`/ideas/${first.id}`);
  await heading(visitor, first.title);
  await expect(visitor.getByRole('link', { name: /Sign in to support this idea/ })).toBeVisible();
  await visitor.close();

  const page = await signedIn(browser, await createVerifiedUser(request, 'Rhys Resident'));

  // The list: the allowance once above the ideas, a button on each card.
  await page.goto(`/challenges/${challenge.id}/ideas`);
  await heading(page, 'Ideas');
  await expect(page.getByTestId('allowance')).toContainText('You have 3 of 3 votes left.');
  await expectNoAxeViolations(page, 'idea list with vote buttons');
  const firstCard = card(page, first.title);
  await expect(firstCard.getByTestId('supporters')).toHaveText('Supporters: 0');
  await firstCard.getByRole('button', { name: `Support this idea: ${first.title}` }).click();
  await expect(firstCard.getByTestId('vote-status')).toContainText(`You now support “${first.title}”.`);
  await expect(firstCard.getByTestId('vote-status')).toContainText('You have 2 of 3 votes left.');
  await expect(page.getByTestId('allowance')).toContainText('You have 2 of 3 votes left.');
  await expect(firstCard.getByTestId('supporters')).toHaveText('Supporters: 1');
  // The same button, now to withdraw, keeps the focus.
  await expect(firstCard.getByRole('button', { name: `Withdraw support: ${first.title}` })).toBeFocused();
  await expect(firstCard.getByText('You support this idea')).toBeVisible();

  // The idea page: a second vote, in English and in Welsh.
  await page.getByRole('link', { name: second.title }).click();
  await heading(page, second.title);
  await page.getByRole('button', { name: /Support this idea/ }).click();
  await expect(page.getByTestId('vote-status')).toContainText('You have 1 vote left, out of 3.');
  await expect(page.getByTestId('allowance')).toContainText('You have 1 vote left, out of 3.');
  await expect(page.getByTestId('supporters')).toHaveText('1');
  await expectNoAxeViolations(page, 'idea page after voting');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.getByRole('button', { name: /Tynnu cefnogaeth yn ôl/ })).toBeVisible();
  await expect(page.getByTestId('allowance')).toContainText('Mae gennych 1 bleidlais ar ôl, allan o 3.');
  await expectNoAxeViolations(page, 'idea page after voting (cy)');
  await page.getByRole('button', { name: 'English' }).click();

  // My votes: both ideas; withdrawing one gives the vote back.
  await page.getByRole('link', { name: 'See your votes' }).click();
  await heading(page, 'Your votes');
  await expect(page.getByTestId('allowance')).toHaveText('You have 1 vote left, out of 3.');
  await expect(page.getByTestId('my-votes')).toContainText(first.title);
  await expect(page.getByTestId('my-votes')).toContainText(second.title);
  await expectNoAxeViolations(page, 'my votes');
  await page.getByRole('button', { name: `Withdraw support: ${first.title}` }).click();
  await expect(page.getByTestId('success-banner')).toContainText(
    `You have withdrawn your support for “${first.title}”.`,
  );
  await expect(page.getByTestId('allowance')).toHaveText('You have 2 of 3 votes left.');
  await expect(page.getByTestId('my-votes')).not.toContainText(first.title);
  await expectNoAxeViolations(page, 'my votes after withdrawing');

  // The list agrees, and the withdrawn idea is back to no supporters.
  await page.goto(`/challenges/${challenge.id}/ideas`);
  await expect(page.getByTestId('allowance')).toContainText('You have 2 of 3 votes left.');
  await expect(card(page, first.title).getByTestId('supporters')).toHaveText('Supporters: 0');
  await expect(card(page, first.title).getByRole('button', { name: /Support this idea/ })).toBeVisible();
  await expect(card(page, second.title).getByRole('button', { name: /Withdraw support/ })).toBeVisible();

  // Pairwise, from the challenge page; the first choice with the keyboard alone.
  await page.goto(`/challenges/${challenge.id}`);
  await page.getByRole('link', { name: 'Compare ideas' }).click();
  await heading(page, 'Which idea is better?');
  await expect(page.getByTestId('answered')).toHaveText('Pairs you have compared: 0');
  await expectNoAxeViolations(page, 'pairwise screen');
  await page.getByRole('heading', { level: 1 }).focus();
  await tabTo(page, 'Choose this idea');
  const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  const chosen = label.replace(/^Choose this idea: /, '');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('compare-status')).toContainText(`Your choice of “${chosen}” has been saved.`);
  await expect(page.getByTestId('answered')).toHaveText('Pairs you have compared: 1');
  // Focus moves to the new pair; the next Tab reaches its first button.
  await expect(page.locator('#pair-idea-0')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('choose-0')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('answered')).toHaveText('Pairs you have compared: 2');

  // "I can't decide" skips the last pair; three ideas make three pairs.
  await page.getByRole('button', { name: 'I can’t decide' }).click();
  await expect(page.getByTestId('compare-status')).toContainText('Pair skipped.');
  await expect(page.getByRole('heading', { name: 'You have compared every pair' })).toBeFocused();
  await expect(page.getByTestId('answered')).toHaveText('Pairs you have compared: 3');
  await expect(page.getByTestId('pairwise-scores')).toContainText(third.title);
  await expectNoAxeViolations(page, 'pairwise screen, every pair compared');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await expect(page.getByRole('heading', { name: 'Rydych wedi cymharu pob pâr' })).toBeVisible();
  await expectNoAxeViolations(page, 'pairwise screen, every pair compared (cy)');
});

test('a council admin invalidates a flagged group of votes with a reason, and restores them', async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const { challenge, councilAdmin } = await votingChallenge(browser, request);
  const neighbour = await signedIn(browser, await createVerifiedUser(request, 'Nia Neighbour'));
  const stamp = Date.now();
  const first = await submitIdea(neighbour, challenge, `Community fridge ${stamp}`);
  const second = await submitIdea(neighbour, challenge, `Repair café ${stamp}`);
  await neighbour.context().close();

  // Five accounts vote for exactly the same two ideas: flagged as identical vote sets.
  for (let i = 1; i <= 5; i++) {
    const voter = await signedIn(browser, await createVerifiedUser(request, `Voter ${i}`));
    for (const idea of [first, second]) {
      const response = await voter.request.put(`/api/v1/ideas/${idea.id}/vote`, { headers: await xsrfHeaders(voter) });
      expect(response.status(), await response.text()).toBe(201);
    }
    await voter.context().close();
  }

  const page = await signedIn(browser, councilAdmin);
  await page.goto(`/challenges/${challenge.id}`);
  await page.getByRole('link', { name: 'Review suspicious voting' }).click();
  await heading(page, 'Suspicious voting');
  const flag = page.locator('app-vote-flag').filter({ hasText: 'Identical sets of votes' });
  await expect(flag.getByTestId('flag-votes')).toHaveText('10');
  await expect(flag.getByTestId('flag-status')).toHaveText('To review');
  await expect(flag).toContainText(`${first.title} (votes: 5)`);
  await expect(page.getByTestId('invalidated-total')).toHaveText('Votes invalidated in this challenge: 0');
  await expectNoAxeViolations(page, 'vote flags');

  // A reason is required.
  await flag.getByRole('button', { name: /^Invalidate these votes/ }).click();
  await expect(flag.getByLabel('Why are you making this decision?')).toBeFocused();
  await flag.getByRole('button', { name: 'Invalidate votes' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await expect(page.locator('.govuk-error-summary')).toContainText('Enter the reason for your decision');
  await expectNoAxeViolations(page, 'vote flags with an error');
  await flag.getByLabel('Why are you making this decision?').fill('Five new accounts backed the same two ideas');
  await flag.getByRole('button', { name: 'Invalidate votes' }).click();
  await expect(page.getByTestId('success-banner')).toContainText('Votes invalidated: 10.');
  await expect(page.getByTestId('invalidated-total')).toHaveText('Votes invalidated in this challenge: 10');
  await expect(flag.getByTestId('flag-status')).toHaveText('Invalidated');
  await expect(flag.getByTestId('flag-invalidated')).toHaveText('10');

  // Invalidated votes stop counting.
  await page.goto(`/challenges/${challenge.id}/ideas`);
  await expect(card(page, first.title).getByTestId('supporters')).toHaveText('Supporters: 0');

  // In Welsh, then restored.
  await page.goto(`/challenges/${challenge.id}/vote-flags`);
  await heading(page, 'Suspicious voting');
  await page.getByRole('button', { name: 'Cymraeg' }).click();
  await heading(page, 'Pleidleisio amheus');
  await expectNoAxeViolations(page, 'vote flags (cy)');
  await page.getByRole('button', { name: 'English' }).click();
  await flag.getByRole('button', { name: /^Restore these votes/ }).click();
  await flag
    .getByLabel('Why are you making this decision?')
    .fill('The accounts belong to one family; checked by phone');
  await flag.getByRole('button', { name: 'Restore votes' }).click();
  await expect(page.getByTestId('success-banner')).toContainText('Votes restored: 10.');
  await expect(page.getByTestId('invalidated-total')).toHaveText('Votes invalidated in this challenge: 0');
  await expect(flag.getByTestId('flag-status')).toHaveText('To review');
  await page.goto(`/challenges/${challenge.id}/ideas`);
  await expect(card(page, first.title).getByTestId('supporters')).toHaveText('Supporters: 5');
});

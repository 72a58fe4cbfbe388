import { APIRequestContext, Browser, Page, expect, test } from '@playwright/test';
import type { Challenge, DevMail, IdeaDetail } from '@challenge/contract';
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

/** How long submissions and the public vote stay open after the challenge is created. */
const OPEN_FOR_MS = 45_000;
const AUTHOR = 'Ffion Author';

type Setup = {
  challenge: Challenge;
  closesAt: number;
  councilAdmin: TestUser;
  judge: TestUser;
  ideas: IdeaDetail[];
};

/**
 * A council admin, an author, a voter and a future judge; a challenge whose submissions and public
 * vote close in OPEN_FOR_MS (so its shortlist can be confirmed in this test); three ideas, two
 * with a support vote each.
 */
async function challengeAboutToClose(browser: Browser, request: APIRequestContext): Promise<Setup> {
  const councilAdmin = await createVerifiedUser(request, 'Ceri Council');
  const author = await createVerifiedUser(request, AUTHOR);
  const voter = await createVerifiedUser(request, 'Nia Neighbour');
  const judge = await createVerifiedUser(request, 'Jac Judge');
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInAsAdmin(adminPage);
  const council = await createCouncil(adminPage, `Judging Council ${Date.now()}`);
  await post(adminPage, `/organisations/${council.id}/members`, { email: councilAdmin.email, role: 'admin' });
  await admin.close();

  const page = await signedIn(browser, councilAdmin);
  const now = Date.now();
  const closesAt = now + OPEN_FOR_MS;
  const iso = (ms: number) => new Date(ms).toISOString();
  const created = await post<Challenge>(page, '/challenges', {
    organisationId: council.id,
    title: `Open data for buses ${now}`,
    summary: 'Ideas that use open data to improve bus travel',
    problemStatement: 'People do not know when the next bus is coming.',
    eligibility: 'Anyone living in the county',
    howToEnter: 'Submit your idea on this site',
    judgingSummary: 'A panel scores impact and feasibility',
    publicVoteWeight: 0.3,
    prizePotPence: 300_000,
    prizes: [{ name: 'First prize', amountPence: 300_000 }],
    categories: ['Litter', 'Parks'],
    entrantCategories: ['public', 'staff'],
    rules: 'Be kind.',
    supportVoting: true,
    voteAllowance: 3,
    stages: {
      submissions: { opensAt: iso(now - 60_000), closesAt: iso(closesAt) },
      voting: { opensAt: iso(now - 60_000), closesAt: iso(closesAt) },
    },
  });
  const published = await post<{ challenge: Challenge }>(page, `/challenges/${created.id}/publish`, {}, 200);
  await page.context().close();
  const challenge = published.challenge;

  const authorPage = await signedIn(browser, author);
  const ideas: IdeaDetail[] = [];
  for (const title of [`Bus stop screens ${now}`, `Live bus map ${now}`, `Text me my bus ${now}`]) {
    ideas.push(await submitIdea(authorPage, challenge, title));
  }
  await authorPage.context().close();

  const voterPage = await signedIn(browser, voter);
  for (const idea of ideas.slice(1)) {
    const response = await voterPage.request.put(`/api/v1/ideas/${idea.id}/vote`, {
      headers: await xsrfHeaders(voterPage),
    });
    expect(response.status(), await response.text()).toBe(201);
  }
  await voterPage.context().close();
  return { challenge, closesAt, councilAdmin, judge, ideas };
}

/** The path and query of the judging invitation link emailed to `to`. */
async function invitationLink(request: APIRequestContext, to: string): Promise<string> {
  const pattern = /https?:\/\/\S+\/judging\/invitations\/accept\?token=[^\s]+/;
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/dev/mail?to=${encodeURIComponent(to)}`);
        const mails = response.ok() ? ((await response.json()) as DevMail[]) : [];
        link = mails.map((m) => pattern.exec(m.text)?.[0]).find(Boolean);
        return link;
      },
      { message: `a judging invitation to ${to}`, timeout: 15_000 },
    )
    .toBeTruthy();
  const url = new URL(link as string);
  return `${url.pathname}${url.search}`;
}

/** Presses Tab until the element with `id` has focus (at most `limit` presses). */
async function tabToId(page: Page, id: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`#${id} did not receive focus within ${limit} presses of Tab`);
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Judging' }).getByRole('link', { name, exact: true });
const success = (page: Page) => page.getByTestId('success-banner');
/** A button's name: its text, then (visually hidden) what it acts on. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const acting = (action: string, on: string): RegExp => new RegExp(`^${escape(action)}\\s*: ${escape(on)}$`);

test('an admin builds the shortlist and panel, and a judge scores blind and submits', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const { challenge, closesAt, councilAdmin, judge, ideas } = await challengeAboutToClose(browser, request);
  const [, second, third] = ideas as [IdeaDetail, IdeaDetail, IdeaDetail];

  // The admin opens the judging area from the challenge page.
  const admin = await signedIn(browser, councilAdmin);
  await admin.goto(`/challenges/${challenge.id}`);
  await admin.getByTestId('judging-link').click();
  await heading(admin, 'Shortlisting and judging');
  await expect(admin.getByTestId('judging-tasks')).toContainText('Cannot start yet');
  await expectNoAxeViolations(admin, 'judging overview');

  // Judging criteria: an error first, then two criteria.
  await nav(admin, 'Judging criteria').click();
  await heading(admin, 'Judging criteria');
  await admin.getByLabel('Name', { exact: true }).fill('Impact');
  await admin.getByRole('button', { name: 'Save criteria' }).click();
  await expect(admin.getByTestId('error-summary')).toBeFocused();
  await expect(admin.getByTestId('error-summary')).toContainText('Enter a description for criterion 1');
  await expectNoAxeViolations(admin, 'rubric editor with errors');
  await admin.getByTestId('error-summary').getByRole('link', { name: 'Enter a description for criterion 1' }).click();
  await expect(admin.locator('#criterion-0-description')).toBeFocused();
  await admin.keyboard.type('How much difference the idea makes to bus passengers');
  await admin.getByRole('button', { name: 'Add a criterion' }).click();
  await expect(admin.locator('#criterion-1-name')).toBeFocused();
  await admin.keyboard.type('Feasibility');
  await admin.locator('#criterion-1-description').fill('How easily the council could build it');
  await admin.locator('#criterion-1-minScore').fill('1');
  await admin.locator('#criterion-1-maxScore').fill('20');
  await admin.locator('#criterion-1-weight').fill('2');
  await admin.getByRole('button', { name: 'Save criteria' }).click();
  await expect(success(admin)).toContainText('Judging criteria saved: 2 criteria.');
  await expectNoAxeViolations(admin, 'rubric editor');

  // The panel: invite the judge.
  await nav(admin, 'Judges').click();
  await heading(admin, 'Judges');
  await admin.getByLabel('Email address').fill(judge.email);
  await admin.getByRole('button', { name: 'Send invitation' }).click();
  await expect(success(admin)).toContainText(`Invitation sent to ${judge.email}.`);
  await expect(admin.getByTestId('panel-invitations')).toContainText('Waiting');
  await expectNoAxeViolations(admin, 'judges');

  // Signed out, the invitation explains and offers to sign in and come back.
  const link = await invitationLink(request, judge.email);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(link);
  await heading(visitor, 'Join a judging panel');
  await expect(visitor.getByRole('link', { name: 'Sign in to accept' })).toHaveAttribute(
    'href',
    /\/sign-in\?returnUrl=(%2F|\/)judging(%2F|\/)invitations(%2F|\/)accept/,
  );
  await expectNoAxeViolations(visitor, 'judging invitation, signed out');
  await visitor.context().close();

  // The judge accepts, signed in.
  const judgePage = await signedIn(browser, judge);
  await judgePage.goto(link);
  await heading(judgePage, 'Join a judging panel');
  await judgePage.getByRole('button', { name: 'Accept invitation' }).click();
  await heading(judgePage, 'You are now a judge');
  await expect(
    judgePage.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Judging' }),
  ).toBeVisible();
  await expectNoAxeViolations(judgePage, 'judging invitation accepted');

  // The shortlist: propose the top 2 by votes, put the third idea first, save.
  await nav(admin, 'Shortlist').click();
  await heading(admin, 'Shortlist');
  await admin.getByLabel('How many ideas').fill('2');
  await admin.getByRole('button', { name: 'Propose a shortlist' }).click();
  await expect(success(admin)).toContainText('2 ideas proposed');
  const picks = admin.getByTestId('shortlist-picks');
  await expect(picks.locator('tbody th')).toHaveText([second.title, third.title]);
  await picks.getByRole('button', { name: acting('Move up', third.title) }).click();
  await expect(picks.locator('tbody th')).toHaveText([third.title, second.title]);
  await expect(picks.getByRole('button', { name: acting('Move down', third.title) })).toBeFocused();
  await expect(admin.getByTestId('shortlist-unsaved')).toBeVisible();
  await expectNoAxeViolations(admin, 'shortlist builder');
  await admin.getByRole('button', { name: 'Save shortlist' }).click();
  await expect(success(admin)).toContainText('Shortlist saved with 2 ideas.');

  // Once submissions and the vote have closed, confirm it (the authors are emailed).
  await admin.waitForTimeout(Math.max(0, closesAt - Date.now() + 1_000));
  await admin.getByRole('button', { name: 'Confirm shortlist' }).click();
  await expect(admin.getByRole('heading', { name: 'Confirm the shortlist' })).toBeFocused();
  await expect(admin.locator('.govuk-warning-text')).toContainText('emails the authors of all 2 shortlisted ideas');
  await expectNoAxeViolations(admin, 'confirming the shortlist');
  await admin.getByRole('button', { name: 'Confirm and email the authors' }).click();
  await expect(success(admin)).toContainText('Shortlist confirmed with 2 ideas.');
  await expect(admin.getByTestId('shortlist-status')).toContainText('Confirmed');

  // The criteria are now frozen.
  await nav(admin, 'Judging criteria').click();
  await expect(admin.getByTestId('rubric-frozen')).toBeVisible();
  await expect(admin.getByTestId('rubric-table')).toContainText('Feasibility');
  await expectNoAxeViolations(admin, 'frozen rubric');

  // Assign judges: 2 per idea is impossible with one judge, 1 works.
  await nav(admin, 'Assign judges').click();
  await heading(admin, 'Assign judges');
  await admin.getByLabel('Judges per idea').fill('2');
  await admin.getByRole('main').getByRole('button', { name: 'Assign judges' }).click();
  await expect(admin.getByTestId('error-summary')).toContainText('The panel has 1 judges but 2 are needed');
  await expectNoAxeViolations(admin, 'assign judges with an error');
  await admin.getByLabel('Judges per idea').fill('1');
  await admin.getByRole('main').getByRole('button', { name: 'Assign judges' }).click();
  await expect(success(admin)).toContainText('2 new assignments');
  await expect(admin.getByTestId('assignment-loads')).toContainText('Jac Judge');

  // The judge's queue.
  await judgePage.getByRole('link', { name: 'Go to your judging' }).click();
  await heading(judgePage, 'Your judging');
  await expect(judgePage.getByTestId('judge-queue').getByRole('link')).toHaveCount(2);
  await expectNoAxeViolations(judgePage, 'judge queue');

  // Scoring blind: no author name; an incomplete submission is refused with links to the fields.
  await judgePage.getByRole('link', { name: third.title }).click();
  await heading(judgePage, third.title);
  await expect(judgePage.getByTestId('idea-description')).toContainText('detail');
  await expect(judgePage.getByRole('main')).not.toContainText(AUTHOR);
  await expect(judgePage.getByRole('main')).toContainText('Hidden: this is a blind review');
  await expect(judgePage.getByRole('main')).toContainText('How much difference the idea makes to bus passengers');
  await expectNoAxeViolations(judgePage, 'blind scoring form');

  // Keyboard only: the Impact score by arrow keys, the Feasibility score typed.
  const [impact, feasibility] = await judgePage
    .locator('[data-testid="criterion"] input')
    .evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name || i.id))]);
  await tabToId(judgePage, impact as string);
  await judgePage.keyboard.press('ArrowRight');
  await judgePage.keyboard.press('ArrowRight');
  await judgePage.keyboard.press('ArrowRight');
  await expect(judgePage.locator(`input[name="${impact}"]:checked`)).toHaveValue('3');
  await judgePage.getByRole('button', { name: 'Submit scores' }).click();
  await expect(judgePage.getByTestId('error-summary')).toBeFocused();
  await expect(judgePage.getByTestId('error-summary')).toContainText('Give a score for “Feasibility”');
  await expectNoAxeViolations(judgePage, 'scoring form with errors');
  await judgePage.getByTestId('error-summary').getByRole('link', { name: 'Give a score for “Feasibility”' }).click();
  await expect(judgePage.locator(`#${feasibility}`)).toBeFocused();
  await judgePage.keyboard.type('15');
  await judgePage.keyboard.press('Tab');
  await judgePage.keyboard.type('Cheap to run on the existing screens.');
  await judgePage.getByRole('button', { name: 'Save scores' }).click();
  await expect(success(judgePage)).toContainText('Your scores have been saved');
  await expect(judgePage.getByTestId('assignment-status')).toContainText('In progress');

  await judgePage.getByRole('button', { name: 'Submit scores' }).click();
  await expect(judgePage.getByRole('heading', { name: 'Submit your scores?' })).toBeFocused();
  await judgePage.getByRole('button', { name: 'Yes, submit my scores' }).click();
  await expect(success(judgePage)).toContainText('Your scores have been submitted.');
  await expect(judgePage.getByTestId('assignment-status')).toContainText('Submitted');
  await expect(judgePage.getByTestId('submitted-scores')).toContainText('3 out of 10');
  await expect(judgePage.getByTestId('submitted-scores')).toContainText('15 out of 20');
  await expect(judgePage.getByRole('button', { name: 'Submit scores' })).toHaveCount(0);
  await expectNoAxeViolations(judgePage, 'submitted scores');

  // A conflict of interest on the other idea takes it out of the queue.
  await judgePage.getByRole('link', { name: 'Back to your judging' }).click();
  await judgePage.getByRole('link', { name: second.title }).click();
  await heading(judgePage, second.title);
  await judgePage.getByText('I have a conflict of interest with this idea').click();
  await judgePage.getByLabel('Why do you have a conflict of interest?').fill('The author is my neighbour');
  await judgePage.getByRole('button', { name: 'Declare a conflict of interest' }).click();
  await heading(judgePage, 'Your judging');
  await expect(success(judgePage)).toContainText('Conflict of interest declared');
  await expect(judgePage.getByTestId('judge-queue').getByRole('link')).toHaveText([third.title]);

  // The admin sees the conflict and the progress, and reopens the submitted scores.
  await nav(admin, 'Conflicts of interest').click();
  await expect(admin.getByTestId('conflicts')).toContainText('The author is my neighbour');
  await expectNoAxeViolations(admin, 'conflicts');
  await nav(admin, 'Progress').click();
  await heading(admin, 'Judging progress');
  await expect(admin.getByTestId('progress-ideas')).toContainText('Submitted');
  await expectNoAxeViolations(admin, 'judging progress');
  await admin.getByRole('button', { name: acting('Reopen', `Jac Judge, ${third.title}`) }).click();
  await admin.getByLabel('Why are you reopening these scores?').fill('Please check the feasibility score');
  await admin.getByRole('button', { name: 'Reopen scores' }).click();
  await expect(success(admin)).toContainText('are open again');
  await expect(admin.getByTestId('progress-ideas')).toContainText('In progress');

  // In Welsh, the judge's pages are Welsh too.
  await judgePage.getByRole('button', { name: 'Cymraeg' }).click();
  await heading(judgePage, 'Eich gwaith beirniadu');
  await expectNoAxeViolations(judgePage, 'judge queue in Welsh');
  await judgePage.getByRole('link', { name: third.title }).click();
  await expect(judgePage.getByRole('main')).toContainText(
    'Mae’r cyngor wedi ailagor eich sgoriau: Please check the feasibility score',
  );
  await expect(judgePage.getByRole('button', { name: 'Cyflwyno’r sgoriau' })).toBeVisible();
  await expectNoAxeViolations(judgePage, 'reopened scoring form in Welsh');
  await judgePage.context().close();
  await admin.context().close();
});

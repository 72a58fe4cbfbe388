import { APIRequestContext, Browser, Page, expect } from '@playwright/test';
import type { Challenge, DevMail, IdeaDetail, JudgeAssignmentSummary, Rubric } from '@challenge/contract';
import { post, signedIn, submitIdea } from './ideas-fixtures';
import { TestUser, createCouncil, createVerifiedUser, signInAsAdmin, xsrfHeaders } from './support/helpers';

/** Set-up for the results browser tests, through the API. */

/** How long submissions and the public vote stay open in the set-up, before judging opens. */
const OPEN_FOR_MS = 20_000;

export type Judged = {
  challenge: Challenge;
  councilAdmin: TestUser;
  /** In the order the panel ranks them: strong, middling, weak (the public's favourite). */
  ideas: [IdeaDetail, IdeaDetail, IdeaDetail];
};

async function send(
  page: Page,
  method: 'PUT' | 'POST',
  path: string,
  data: unknown,
  status: number[],
): Promise<unknown> {
  const response = await page.request.fetch(`/api/v1${path}`, { method, data, headers: await xsrfHeaders(page) });
  expect(status, `${method} ${path}: ${await response.text()}`).toContain(response.status());
  return response.status() === 204 ? null : response.json();
}

/** Waits for the judge invitation email to `to` and returns its token. */
async function invitationToken(request: APIRequestContext, to: string): Promise<string> {
  let token: string | null = null;
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/dev/mail?to=${encodeURIComponent(to)}`);
        const mails = response.ok() ? ((await response.json()) as DevMail[]) : [];
        const link = mails.map((m) => /\/judging\/invitations\/accept\?token=(\S+)/.exec(m.text)?.[1]).find(Boolean);
        token = link ? decodeURIComponent(link) : null;
        return token;
      },
      { message: `a judge invitation to ${to}`, timeout: 15_000 },
    )
    .toBeTruthy();
  return token as unknown as string;
}

/**
 * A challenge whose judging is complete, set up through the API: three ideas, public votes for
 * the weakest, a two-criterion rubric, two judges who score every idea and submit. Submissions
 * and voting close OPEN_FOR_MS after creation, when judging opens (dates cannot be in the past).
 */
export async function judgedChallenge(browser: Browser, request: APIRequestContext): Promise<Judged> {
  const councilAdmin = await createVerifiedUser(request, 'Ceri Council');
  const author = await createVerifiedUser(request, 'Alun Author');
  const voters = [await createVerifiedUser(request, 'Vera Voter'), await createVerifiedUser(request, 'Wyn Voter')];
  const judgeUsers = [await createVerifiedUser(request, 'Jan Judge'), await createVerifiedUser(request, 'Jo Judge')];
  const platform = await browser.newContext();
  const platformPage = await platform.newPage();
  await signInAsAdmin(platformPage);
  const council = await createCouncil(platformPage, `Results Council ${Date.now()}`);
  await post(platformPage, `/organisations/${council.id}/members`, { email: councilAdmin.email, role: 'admin' });
  await platform.close();

  const admin = await signedIn(browser, councilAdmin);
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();
  const day = 86_400_000;
  const judgingOpens = at(OPEN_FOR_MS);
  const created = await post<Challenge>(admin, '/challenges', {
    organisationId: council.id,
    title: `Warmer homes ${Date.now()}`,
    summary: 'Ideas to keep homes warm for less',
    problemStatement: 'Heating bills are too high.',
    eligibility: 'Anyone living in the borough',
    howToEnter: 'Submit your idea on this site',
    judgingSummary: 'A panel scores impact and cost; the public vote counts for 30%.',
    publicVoteWeight: 0.3,
    prizePotPence: 900_000,
    prizes: [
      { name: 'First prize', nameCy: 'Gwobr gyntaf', amountPence: 500_000 },
      { name: 'Second prize', nameCy: 'Ail wobr', amountPence: 300_000 },
      { name: 'People’s Choice', nameCy: 'Dewis y Bobl', amountPence: 100_000, peoplesChoice: true },
    ],
    categories: ['Litter', 'Parks'],
    entrantCategories: ['public', 'staff'],
    rules: 'Be kind.',
    supportVoting: true,
    publicVoteMeasure: 'supports',
    voteAllowance: 3,
    stages: {
      submissions: { opensAt: at(-day / 100), closesAt: judgingOpens },
      voting: { opensAt: at(-day / 100), closesAt: judgingOpens },
      judging: { opensAt: judgingOpens, closesAt: at(30 * day) },
      results: { opensAt: at(31 * day), closesAt: at(60 * day) },
    },
  });
  const { challenge } = await post<{ challenge: Challenge }>(admin, `/challenges/${created.id}/publish`, {}, 200);

  const authorPage = await signedIn(browser, author);
  const stamp = Date.now();
  const ideas: IdeaDetail[] = [];
  for (const title of [`Heat pump library ${stamp}`, `Draught-proofing days ${stamp}`, `Warm spaces map ${stamp}`]) {
    ideas.push(await submitIdea(authorPage, challenge, title));
  }
  await authorPage.context().close();
  const [strong, middling, weak] = ideas as [IdeaDetail, IdeaDetail, IdeaDetail];
  for (const [voter, votedFor] of [
    [voters[0], [weak, middling]],
    [voters[1], [weak]],
  ] as const) {
    const page = await signedIn(browser, voter);
    for (const idea of votedFor) await send(page, 'PUT', `/ideas/${idea.id}/vote`, {}, [200, 201]);
    await page.context().close();
  }

  const rubric = (await send(
    admin,
    'PUT',
    `/challenges/${challenge.id}/rubric`,
    {
      criteria: [
        {
          name: 'Impact',
          nameCy: 'Effaith',
          description: 'How many homes it helps',
          minScore: 0,
          maxScore: 10,
          weight: 2,
        },
        { name: 'Cost', nameCy: 'Cost', description: 'Value for money', minScore: 0, maxScore: 10, weight: 1 },
      ],
    },
    [200],
  )) as Rubric;
  const judges: Page[] = [];
  for (const user of judgeUsers) {
    await post(admin, `/challenges/${challenge.id}/judges`, { email: user.email });
    const judge = await signedIn(browser, user);
    await send(judge, 'POST', '/judging/invitations/accept', { token: await invitationToken(request, user.email) }, [
      200,
    ]);
    judges.push(judge);
  }

  // Judging opens when submissions and voting close.
  await expect
    .poll(() => Date.now(), { timeout: OPEN_FOR_MS + 10_000 })
    .toBeGreaterThan(Date.parse(judgingOpens) + 500);
  await send(
    admin,
    'PUT',
    `/challenges/${challenge.id}/shortlist`,
    { ideaIds: ideas.map((i) => i.id), confirm: true },
    [200],
  );
  await send(admin, 'POST', `/challenges/${challenge.id}/assignments`, { judgesPerIdea: 2 }, [200]);

  // [impact, cost] per judge: both put the ideas in the same order, one more generously.
  const scores = new Map<string, number[][]>([
    [
      strong.id,
      [
        [9, 8],
        [8, 7],
      ],
    ],
    [
      middling.id,
      [
        [6, 6],
        [7, 5],
      ],
    ],
    [
      weak.id,
      [
        [3, 4],
        [5, 6],
      ],
    ],
  ]);
  const [impact, cost] = rubric.criteria;
  for (const [j, judge] of judges.entries()) {
    const response = await judge.request.get('/api/v1/judging/assignments');
    const queue = ((await response.json()) as JudgeAssignmentSummary[]).filter((a) => a.challengeId === challenge.id);
    expect(queue).toHaveLength(3);
    for (const assignment of queue) {
      const [i, c] = scores.get(assignment.ideaId)?.[j] ?? [];
      await send(
        judge,
        'PUT',
        `/judging/assignments/${assignment.id}`,
        {
          scores: [
            { criterionId: impact?.id, score: i, comment: 'Scored in the browser tests' },
            { criterionId: cost?.id, score: c },
          ],
        },
        [200],
      );
      await send(judge, 'POST', `/judging/assignments/${assignment.id}/submit`, {}, [200]);
    }
    await judge.context().close();
  }
  await admin.context().close();
  return { challenge, councilAdmin, ideas: [strong, middling, weak] };
}

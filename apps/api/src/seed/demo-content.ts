import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FileStorage, storageKey } from '../storage/file-storage';
import { DEMO_ACCOUNTS, DemoOrganisationKey } from './demo-accounts';
import { DEMO_CHALLENGES, DemoChallenge, insertDemoChallenge } from './demo-challenges';
import { bandedPng, onePagePdf } from './demo-files';
import { DEMO_COMMENTS, DemoIdeaText } from './demo-ideas';
import { insertDemoJudging } from './demo-judging';
import type { DemoResults } from './demo-results';
import { DemoVoter, insertDemoComparisons, insertDemoVotes } from './demo-votes';

export type DemoPeople = { authors: string[]; commenters: string[]; reporter: string };
export type DemoIdeaRef = { id: string; title: string; authorId: string };

const dayMs = 86_400_000;

const description = ([title, summary, category]: DemoIdeaText): string =>
  [
    summary,
    '',
    '## Why it matters',
    `Residents told us that ${category.toLowerCase()} is one of the things that most affects their daily lives.`,
    '',
    '## What it would take',
    `- A three-month pilot of “${title}” in one area`,
    '- A small budget for equipment and publicity',
    '- Feedback from the people who use it before deciding whether to scale up',
  ].join('\n');

/**
 * Ideas for one demo challenge, written as their authors would have: submitted during the
 * submissions window, a few comments each. Also one draft, one withdrawn idea and, where the
 * challenge is moderated, items for the moderation queue (pending, hidden, reported).
 */
export async function insertDemoIdeas(
  m: EntityManager,
  challengeId: string,
  c: DemoChallenge,
  people: DemoPeople,
): Promise<DemoIdeaRef[]> {
  const window = c.stages.submissions;
  if (!window || c.ideas.length === 0) return [];
  const opens = Date.now() + window[0] * dayMs;
  const until = Math.min(Date.now() - 60_000, Date.now() + window[1] * dayMs);
  const step = (until - opens) / (c.ideas.length + 1);
  const authorOf = (i: number): string => people.authors[i % people.authors.length] ?? '';
  const listed: DemoIdeaRef[] = [];
  for (const [i, text] of c.ideas.entries()) {
    const submittedAt = new Date(opens + step * (i + 1));
    const kind = i === 0 ? 'draft' : i === 1 ? 'withdrawn' : 'submitted';
    const moderation = c.preModeration && i >= c.ideas.length - 2 ? 'pending' : i === 4 ? 'hidden' : 'approved';
    const rows: { id: string }[] = await m.query(
      `INSERT INTO ideas (challenge_id, author_id, status, moderation_status, hidden_reason, title, summary, description,
                          category, entrant_category, rules_version, rules_acknowledged_at, submitted_at, withdrawn_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [
        challengeId,
        authorOf(i),
        kind,
        moderation,
        moderation === 'hidden'
          ? 'Duplicate of an earlier idea; the author was told and asked to comment there instead.'
          : null,
        text[0],
        text[1],
        description(text),
        text[2],
        c.entrantCategories.length === 0 ? null : i % 5 === 3 ? 'staff' : 'public',
        kind === 'draft' ? null : 1,
        kind === 'draft' ? null : submittedAt,
        kind === 'draft' ? null : submittedAt,
        kind === 'withdrawn' ? new Date(submittedAt.getTime() + dayMs) : null,
        new Date(submittedAt.getTime() - 3_600_000),
      ],
    );
    const ideaId = rows[0]?.id ?? '';
    if (kind !== 'submitted' || moderation !== 'approved') continue;
    listed.push({ id: ideaId, title: text[0], authorId: authorOf(i) });
    await insertDemoComments(m, ideaId, i, submittedAt, people);
  }
  return listed;
}

async function insertDemoComments(
  m: EntityManager,
  ideaId: string,
  index: number,
  after: Date,
  people: DemoPeople,
): Promise<void> {
  const count = index % 4;
  let approved = 0;
  for (let k = 0; k < count; k++) {
    const hidden = index === 6 && k === 1;
    const rows: { id: string }[] = await m.query(
      `INSERT INTO idea_comments (idea_id, author_id, body, moderation_status, hidden_reason, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        ideaId,
        people.commenters[(index + k) % people.commenters.length],
        hidden
          ? 'Buy cheap followers at spam.example — best prices!'
          : DEMO_COMMENTS[(index * 3 + k) % DEMO_COMMENTS.length],
        hidden ? 'hidden' : 'approved',
        hidden ? 'Advertising' : null,
        new Date(after.getTime() + (k + 1) * 3_600_000),
      ],
    );
    if (!hidden) approved += 1;
    if (index === 7 && k === 0) {
      await m.query(
        `INSERT INTO content_reports (challenge_id, idea_id, comment_id, reporter_id, reason)
         SELECT challenge_id, id, $2, $3, 'This comment names a member of staff.' FROM ideas WHERE id = $1`,
        [ideaId, rows[0]?.id, people.reporter],
      );
    }
  }
  await m.query(`UPDATE ideas SET comment_count = $2 WHERE id = $1`, [ideaId, approved]);
}

/** Every demo challenge with its ideas; returns how many public ideas were created. */
export async function createDemoChallenges(
  m: EntityManager,
  storage: FileStorage,
  userIds: Map<string, string>,
  organisationIds: Map<DemoOrganisationKey, string>,
  voterSecret: string | null,
  results: DemoResults,
): Promise<{
  challenges: number;
  ideas: number;
  attachments: number;
  votes: number;
  comparisons: number;
  awards: number;
}> {
  const residents = DEMO_ACCOUNTS.filter((a) => a.persona === 'resident').map((a) => userIds.get(a.email) ?? '');
  const admins = new Map<DemoOrganisationKey, string>(
    DEMO_ACCOUNTS.filter((a) => a.membership?.role === 'admin').map((a) => [
      a.membership?.organisation ?? 'kent',
      userIds.get(a.email) ?? '',
    ]),
  );
  const judges = DEMO_ACCOUNTS.filter((a) => a.persona === 'judge').map((a) => userIds.get(a.email) ?? '');
  const people: DemoPeople = { authors: residents, commenters: [...residents].reverse(), reporter: residents[1] ?? '' };
  const voters: DemoVoter[] = DEMO_ACCOUNTS.filter((a) => a.persona === 'resident').map((a) => ({
    id: userIds.get(a.email) ?? '',
    email: a.email,
  }));
  let [ideas, attachments, votes, comparisons, awards] = [0, 0, 0, 0, 0];
  for (const challenge of DEMO_CHALLENGES) {
    const adminId = admins.get(challenge.lead) ?? '';
    const id = await insertDemoChallenge(m, challenge, organisationIds, adminId);
    const listed = await insertDemoIdeas(m, id, challenge, people);
    // Without a voter-key secret (production without VOTER_KEY_SECRET) the demo has no votes.
    if (voterSecret !== null) {
      votes += await insertDemoVotes(m, id, challenge, listed, voters, voterSecret);
      if (challenge.pairwise) comparisons += await insertDemoComparisons(m, id, listed, voters, voterSecret);
    }
    if (challenge.shortlistConfirmedDaysAgo !== undefined) {
      await appointDemoJudges(m, id, judges);
      await insertDemoJudging(
        m,
        id,
        judges,
        adminId,
        challenge.resultsPublishedDaysAgo === undefined ? 'part-scored' : 'all-submitted',
      );
      if (challenge.resultsPublishedDaysAgo !== undefined) {
        awards += await results.publish(m, id, adminId, challenge.resultsPublishedDaysAgo);
      }
    }
    ideas += listed.length;
    attachments += await attachDemoFiles(m, storage, listed.slice(0, 3));
  }
  return { challenges: DEMO_CHALLENGES.length, ideas, attachments, votes, comparisons, awards };
}

const SKETCH_COLOURS: readonly [number, number, number][] = [
  [29, 112, 184],
  [0, 112, 60],
  [255, 221, 0],
  [244, 119, 56],
];

/** Each idea gets a sketch (PNG) and a one-page proposal (PDF), stored like any upload. */
async function attachDemoFiles(m: EntityManager, storage: FileStorage, ideas: DemoIdeaRef[]): Promise<number> {
  let count = 0;
  for (const [i, idea] of ideas.entries()) {
    const files = [
      {
        name: 'sketch.png',
        type: 'image/png',
        bytes: bandedPng(240, 160, [...SKETCH_COLOURS.slice(i), ...SKETCH_COLOURS.slice(0, i)]),
      },
      {
        name: 'proposal.pdf',
        type: 'application/pdf',
        bytes: onePagePdf(idea.title, 'A one-page outline of the idea, its costs and a pilot plan.'),
      },
    ];
    for (const file of files) {
      const id = randomUUID();
      const key = storageKey(idea.id, id);
      await storage.put(key, file.bytes, file.type);
      await m.query(
        `INSERT INTO idea_attachments (id, idea_id, uploaded_by, storage_key, file_name, content_type, size_bytes, sha256)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          id,
          idea.id,
          idea.authorId,
          key,
          file.name,
          file.type,
          file.bytes.length,
          createHash('sha256').update(file.bytes).digest('hex'),
        ],
      );
      count += 1;
    }
  }
  return count;
}

/** The demo judges sit on the panels of the challenges that reached judging. */
async function appointDemoJudges(m: EntityManager, challengeId: string, judges: string[]): Promise<void> {
  for (const judge of judges) {
    await m.query(`INSERT INTO challenge_judges (challenge_id, user_id) VALUES ($1, $2)`, [challengeId, judge]);
  }
}

import { consistencyProblems, publicationProblems, welshWarnings } from './challenge-rules';
import { ChallengeEntity } from './challenge.entity';

const NOW = new Date('2030-01-01T00:00:00Z');
const challenge = (overrides: Partial<ChallengeEntity> = {}): ChallengeEntity =>
  Object.assign(new ChallengeEntity(), {
    title: 'Cleaner streets',
    titleCy: null,
    summary: 'Ideas',
    summaryCy: null,
    description: '',
    descriptionCy: null,
    problemStatement: '',
    problemStatementCy: null,
    eligibility: 'Residents',
    eligibilityCy: 'Trigolion',
    howToEnter: 'Online',
    howToEnterCy: 'Ar-lein',
    judgingSummary: 'A panel',
    judgingSummaryCy: 'Panel',
    categories: ['Litter'],
    entrantCategories: ['staff'],
    prizePotPence: 1000,
    publicVoteWeight: 0,
    supportVoting: true,
    pairwiseVoting: false,
    publicVoteMeasure: 'supports',
    submissionsOpensAt: new Date('2030-02-01T00:00:00Z'),
    submissionsClosesAt: new Date('2030-03-01T00:00:00Z'),
    votingOpensAt: null,
    votingClosesAt: null,
    shortlistingOpensAt: null,
    shortlistingClosesAt: null,
    judgingOpensAt: null,
    judgingClosesAt: null,
    resultsOpensAt: null,
    resultsClosesAt: null,
    publishedAt: null,
    shortlistConfirmedAt: null,
    resultsPublishedAt: null,
    ...overrides,
  });
const prize = { name: 'First', nameCy: 'Cyntaf', amountPence: 400, count: 2, category: null, peoplesChoice: false };

describe('challenge rules', () => {
  it('a complete challenge can be published; a vote weight of 0 counts as stated', () => {
    expect(publicationProblems(challenge(), [prize], NOW)).toEqual({});
  });

  it('a problem statement can state the subject instead of a summary', () => {
    expect(publicationProblems(challenge({ summary: ' ', problemStatement: 'Litter' }), [prize], NOW)).toEqual({});
  });

  it('submissions that have already closed cannot be published', () => {
    const fields = publicationProblems(
      challenge({ submissionsClosesAt: new Date('2029-12-31T00:00:00Z') }),
      [prize],
      NOW,
    );
    expect(Object.keys(fields)).toEqual(['stages.submissions.closesAt']);
  });

  it('prize tiers count each award: 2 × 600 exceeds a pot of 1000', () => {
    expect(consistencyProblems(challenge(), [{ ...prize, amountPence: 600 }])).toHaveProperty('prizes');
  });

  it('a per-category prize must name one of the challenge’s categories', () => {
    expect(consistencyProblems(challenge(), [{ ...prize, category: 'staff' }])).toEqual({});
    expect(consistencyProblems(challenge(), [{ ...prize, category: 'pets' }])).toHaveProperty(['prizes.0.category']);
  });

  it('needs at least one vote method, and the measure must be one the challenge uses', () => {
    const problems = (overrides: Partial<ChallengeEntity>): string[] =>
      Object.keys(consistencyProblems(challenge(overrides), [prize]));
    expect(problems({ pairwiseVoting: true, publicVoteMeasure: 'pairwise' })).toEqual([]);
    expect(problems({ supportVoting: false, pairwiseVoting: true, publicVoteMeasure: 'pairwise' })).toEqual([]);
    expect(problems({ supportVoting: false })).toEqual(['supportVoting', 'publicVoteMeasure']);
    expect(problems({ publicVoteMeasure: 'pairwise' })).toEqual(['publicVoteMeasure']);
    expect(problems({ supportVoting: false, pairwiseVoting: true })).toEqual(['publicVoteMeasure']);
  });

  it('a People’s Choice prize has no category and needs a public vote to be published', () => {
    const favourite = { ...prize, count: 1, amountPence: 100, peoplesChoice: true };
    expect(consistencyProblems(challenge(), [{ ...favourite, category: 'Litter' }])).toHaveProperty([
      'prizes.0.category',
    ]);
    expect(Object.keys(publicationProblems(challenge(), [prize, favourite], NOW))).toEqual(['prizes.1']);
    const voting = {
      votingOpensAt: new Date('2030-02-10T00:00:00Z'),
      votingClosesAt: new Date('2030-03-10T00:00:00Z'),
    };
    expect(publicationProblems(challenge(voting), [favourite], NOW)).toEqual({});
  });

  it('warns about Welsh only where the English is given', () => {
    const fields = welshWarnings(challenge(), [{ ...prize, nameCy: null }], { body: 'Rules', bodyCy: '' }).map(
      (w) => w.field,
    );
    expect(fields).toEqual(['titleCy', 'summaryCy', 'rulesCy', 'prizes.0.nameCy']);
  });
});

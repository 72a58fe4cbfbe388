/** Test data for challenges: a fixed "now" and a body that can be published. */
export const CHALLENGES_NOW = new Date('2030-03-01T12:00:00Z');
/** An ISO instant `days` after CHALLENGES_NOW. */
export const at = (days: number): string => new Date(CHALLENGES_NOW.getTime() + days * 86_400_000).toISOString();

/** A body with the five published facts, stages starting tomorrow, and no Welsh. */
export const publishableBody = (organisationId: string): Record<string, unknown> => ({
  organisationId,
  title: 'Cleaner streets',
  summary: 'Ideas to keep our streets clean',
  problemStatement: 'Litter costs the council £2m a year.',
  eligibility: 'Anyone living or working in the borough',
  howToEnter: 'Submit your idea on this site',
  judgingSummary: 'A panel scores innovation, feasibility and impact',
  publicVoteWeight: 0.3,
  prizePotPence: 1_000_000,
  prizes: [
    { name: 'First prize', amountPence: 500_000 },
    { name: 'Runner-up', amountPence: 200_000, count: 2 },
  ],
  categories: ['Litter'],
  entrantCategories: ['public', 'staff'],
  rules: 'Be kind.',
  stages: {
    submissions: { opensAt: at(1), closesAt: at(30) },
    voting: { opensAt: at(1), closesAt: at(35) },
    judging: { opensAt: at(36), closesAt: at(50) },
    results: { opensAt: at(55), closesAt: at(120) },
  },
});

import type { EntityManager } from 'typeorm';
import type { DemoOrganisationKey } from './demo-accounts';
import { DemoIdeaText, HOMES_IDEAS, OPEN_DATA_IDEAS, SERVICES_IDEAS, TRANSPORT_IDEAS } from './demo-ideas';

type Window = readonly [opensInDays: number, closesInDays: number];

/** One demo challenge, with its stage windows in days relative to the moment of seeding. */
export type DemoChallenge = {
  slug: string;
  lead: DemoOrganisationKey;
  coHosts: DemoOrganisationKey[];
  title: string;
  titleCy: string;
  summary: string;
  summaryCy: string;
  problemStatement: string;
  categories: string[];
  entrantCategories: string[];
  prizePotPence: number;
  prizes: { name: string; nameCy: string; amountPence: number; count: number; peoplesChoice?: boolean }[];
  publicVoteWeight: number;
  preModeration: boolean;
  stages: Partial<Record<'submissions' | 'voting' | 'shortlisting' | 'judging' | 'results', Window>>;
  shortlistConfirmedDaysAgo?: number;
  resultsPublishedDaysAgo?: number;
  /** Pairwise ("which is better?") voting alongside supports. */
  pairwise?: boolean;
  ideas: readonly DemoIdeaText[];
};

const ELIGIBILITY =
  'Anyone who lives, works or studies in Kent or Medway, aged 16 or over. Council staff enter in the staff category.';
const HOW_TO_ENTER =
  'Register, verify your email address and submit your idea on this site before submissions close. Teams of up to five may enter together.';
const JUDGING =
  'A panel of council officers and partners scores the shortlist on impact, feasibility, value for money and inclusion; the public vote counts for the published share of the final score.';
const RULES =
  '1. Ideas must be your own or your team’s.\n2. Be respectful: comments that break the house rules are hidden.\n3. Winners agree to work with the council to test their idea.\n4. The council may publish ideas and results under the Open Government Licence.';

const PRIZES = (first: number, second: number, peoples: number) => [
  { name: 'First prize', nameCy: 'Gwobr gyntaf', amountPence: first * 100, count: 1 },
  { name: 'Second prize', nameCy: 'Ail wobr', amountPence: second * 100, count: 1 },
  { name: 'People’s Choice', nameCy: 'Dewis y Bobl', amountPence: peoples * 100, count: 1, peoplesChoice: true },
];

/** A challenge in each state of the lifecycle, as of the day the demo is seeded. */
export const DEMO_CHALLENGES: readonly DemoChallenge[] = [
  {
    slug: 'greener-medway-streets',
    lead: 'medway',
    coHosts: [],
    title: 'Greener Medway: cooler, shadier streets',
    titleCy: 'Medway Wyrddach: strydoedd oerach a mwy cysgodol',
    summary: 'Ideas to bring trees, shade and water into Medway’s hottest streets before the next heatwave.',
    summaryCy: 'Syniadau i ddod â choed, cysgod a dŵr i strydoedd poethaf Medway cyn y don wres nesaf.',
    problemStatement: 'Summer temperatures in some Medway streets are several degrees higher than in nearby parks.',
    categories: ['Trees and planting', 'Water', 'Shade'],
    entrantCategories: ['public', 'staff'],
    prizePotPence: 500_000,
    prizes: PRIZES(2_500, 1_500, 1_000),
    publicVoteWeight: 0.3,
    preModeration: false,
    stages: { submissions: [21, 56], voting: [35, 63], shortlisting: [63, 70], judging: [70, 84], results: [90, 120] },
    ideas: [],
  },
  {
    slug: 'kent-connected',
    lead: 'kent',
    coHosts: [],
    title: 'Kent Connected: getting around without a car',
    titleCy: 'Caint Gysylltiedig: teithio heb gar',
    summary: 'How can people in rural Kent reach work, school and hospital without relying on a car?',
    summaryCy: 'Sut gall pobl yng Nghaint wledig gyrraedd gwaith, ysgol ac ysbyty heb ddibynnu ar gar?',
    problemStatement: 'One in five rural households has no car, and many villages have fewer than four buses a day.',
    categories: ['Rural transport', 'Active travel', 'Information', 'Fares'],
    entrantCategories: ['public', 'staff'],
    prizePotPence: 1_000_000,
    prizes: PRIZES(5_000, 3_000, 1_000),
    publicVoteWeight: 0.3,
    preModeration: true,
    stages: { submissions: [-10, 25], voting: [25, 39], shortlisting: [39, 46], judging: [46, 60], results: [61, 90] },
    ideas: TRANSPORT_IDEAS,
  },
  {
    slug: 'transformed-by-you-2026',
    lead: 'kent',
    coHosts: ['medway'],
    title: 'Transformed by You 2026',
    titleCy: 'Wedi’i Drawsnewid Gennych Chi 2026',
    summary: 'Residents and staff of Kent and Medway: how can our councils deliver better services for less?',
    summaryCy: 'Trigolion a staff Caint a Medway: sut gall ein cynghorau ddarparu gwell gwasanaethau am lai?',
    problemStatement:
      'Demand for services keeps rising while budgets fall; the best ideas often come from the front line.',
    categories: ['Digital services', 'Community', 'Efficiency'],
    entrantCategories: ['public', 'staff'],
    prizePotPence: 1_000_000,
    prizes: PRIZES(5_000, 3_000, 1_000),
    publicVoteWeight: 0.3,
    preModeration: false,
    stages: { submissions: [-45, -5], voting: [-20, 9], shortlisting: [9, 16], judging: [16, 30], results: [31, 60] },
    pairwise: true,
    ideas: SERVICES_IDEAS,
  },
  {
    slug: 'hack-kent-open-data',
    lead: 'kent',
    coHosts: [],
    title: 'Hack Kent: open data for better services',
    titleCy: 'Hac Caint: data agored ar gyfer gwell gwasanaethau',
    summary: 'Build something useful with the council’s open data: an app, a map, a dashboard or an analysis.',
    summaryCy: 'Adeiladwch rywbeth defnyddiol gyda data agored y cyngor: ap, map, dangosfwrdd neu ddadansoddiad.',
    problemStatement: 'The council publishes hundreds of data sets that few residents know about or use.',
    categories: ['Environment', 'Health', 'Education', 'Transport'],
    entrantCategories: ['public', 'staff'],
    prizePotPence: 600_000,
    prizes: PRIZES(3_000, 2_000, 1_000),
    publicVoteWeight: 0.2,
    preModeration: false,
    stages: {
      submissions: [-90, -50],
      voting: [-70, -40],
      shortlisting: [-40, -30],
      judging: [-25, 5],
      results: [10, 40],
    },
    shortlistConfirmedDaysAgo: 28,
    ideas: OPEN_DATA_IDEAS,
  },
  {
    slug: 'warmer-homes-challenge',
    lead: 'medway',
    coHosts: ['kent'],
    title: 'Warmer Homes Challenge',
    titleCy: 'Her Cartrefi Cynhesach',
    summary: 'Ideas to keep homes warm for less and cut fuel poverty across Kent and Medway.',
    summaryCy: 'Syniadau i gadw cartrefi’n gynnes am lai a lleihau tlodi tanwydd ar draws Caint a Medway.',
    problemStatement: 'One household in eight in Medway is in fuel poverty, and cold homes put pressure on the NHS.',
    categories: ['Retrofit', 'Energy', 'Health', 'Housing standards'],
    entrantCategories: [],
    prizePotPence: 800_000,
    prizes: PRIZES(4_000, 2_500, 1_500),
    publicVoteWeight: 0.3,
    preModeration: false,
    stages: {
      submissions: [-150, -110],
      voting: [-130, -100],
      shortlisting: [-100, -90],
      judging: [-85, -40],
      results: [-30, 60],
    },
    shortlistConfirmedDaysAgo: 88,
    resultsPublishedDaysAgo: 25,
    ideas: HOMES_IDEAS,
  },
];

const days = (n: number): Date => new Date(Date.now() + n * 86_400_000);
const STAGES = ['submissions', 'voting', 'shortlisting', 'judging', 'results'] as const;

/** Inserts one published challenge with its hosts, prizes and rules (version 1); returns its id. */
export async function insertDemoChallenge(
  m: EntityManager,
  c: DemoChallenge,
  organisationIds: Map<DemoOrganisationKey, string>,
  createdBy: string,
): Promise<string> {
  const stageValues = STAGES.flatMap((s) => {
    const w = c.stages[s];
    return w ? [days(w[0]), days(w[1])] : [null, null];
  });
  const stageColumns = STAGES.flatMap((s) => [`${s}_opens_at`, `${s}_closes_at`]);
  const values: unknown[] = [
    organisationIds.get(c.lead),
    c.slug,
    c.title,
    c.titleCy,
    c.summary,
    c.summaryCy,
    `${c.summary}\n\n${c.problemStatement}`,
    c.problemStatement,
    ELIGIBILITY,
    HOW_TO_ENTER,
    JUDGING,
    c.categories,
    c.entrantCategories,
    c.prizePotPence,
    c.publicVoteWeight,
    c.preModeration,
    days(-(Math.max(...Object.values(c.stages).map((w) => -w[0]), 0) + 7)),
    c.shortlistConfirmedDaysAgo === undefined ? null : days(-c.shortlistConfirmedDaysAgo),
    c.resultsPublishedDaysAgo === undefined ? null : days(-c.resultsPublishedDaysAgo),
    createdBy,
    ...stageValues,
  ];
  const columns = [
    'organisation_id',
    'slug',
    'title',
    'title_cy',
    'summary',
    'summary_cy',
    'description',
    'problem_statement',
    'eligibility',
    'how_to_enter',
    'judging_summary',
    'categories',
    'entrant_categories',
    'prize_pot_pence',
    'public_vote_weight',
    'pre_moderation',
    'published_at',
    'shortlist_confirmed_at',
    'results_published_at',
    'created_by',
    ...stageColumns,
  ];
  const rows: { id: string }[] = await m.query(
    `INSERT INTO challenges (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    values,
  );
  const id = rows[0]?.id ?? '';
  for (const host of [c.lead, ...c.coHosts]) {
    await m.query(`INSERT INTO challenge_hosts (challenge_id, organisation_id) VALUES ($1, $2)`, [
      id,
      organisationIds.get(host),
    ]);
  }
  for (const [position, p] of c.prizes.entries()) {
    await m.query(
      `INSERT INTO challenge_prizes (challenge_id, name, name_cy, amount_pence, count, position, peoples_choice)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, p.name, p.nameCy, p.amountPence, p.count, position, p.peoplesChoice ?? false],
    );
  }
  await m.query(
    `INSERT INTO challenge_rules_versions (challenge_id, version, body, created_by) VALUES ($1, 1, $2, $3)`,
    [id, RULES, createdBy],
  );
  return id;
}

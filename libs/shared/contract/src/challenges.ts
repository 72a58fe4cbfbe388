import type { PublicVoteMeasure, VotingSettingsView } from './votes';
import type { ChallengeState, Milestone, OpenActivities, StageName } from '@challenge/domain';

export type { ChallengeState, StageName } from '@challenge/domain';

/**
 * Stage dates are ISO 8601 instants WITH an offset (`2026-03-01T09:00:00Z`,
 * `2026-06-01T09:00:00+01:00`); the API refuses local times without one. The web app converts
 * the Europe/London date-time an admin enters into an instant and displays instants in
 * Europe/London. For `results`, `opensAt` is the planned announcement and `closesAt` when the
 * challenge closes. `null` clears a date in an update.
 */
export type StageWindowInput = { opensAt?: string | null; closesAt?: string | null };
export type StagesInput = Partial<Record<StageName, StageWindowInput | null>>;
export type StageWindow = { opensAt: string | null; closesAt: string | null };
export type Stages = Record<StageName, StageWindow>;

export type PrizeInput = {
  name: string;
  nameCy?: string | null;
  amountPence: number;
  /** How many of this prize are awarded; default 1. */
  count?: number;
  /** One of the challenge's categories or entrant categories, for per-category prizes. */
  category?: string | null;
  /** Awarded by the public vote alone (People's Choice). */
  peoplesChoice?: boolean;
};

/** Texts published in English, each with an optional Welsh variant (`…Cy`). */
export type ChallengeTexts = {
  title: string;
  titleCy?: string | null;
  summary?: string | null;
  summaryCy?: string | null;
  /** Markdown, stored raw; sanitised when rendered. */
  description?: string | null;
  descriptionCy?: string | null;
  problemStatement?: string | null;
  problemStatementCy?: string | null;
  eligibility?: string | null;
  eligibilityCy?: string | null;
  howToEnter?: string | null;
  howToEnterCy?: string | null;
  /** How winners are chosen: the judging criteria in words. */
  judgingSummary?: string | null;
  judgingSummaryCy?: string | null;
  /** The rules and terms; a change creates a new rules version. */
  rules?: string | null;
  rulesCy?: string | null;
  /** Alternative text of the cover image; empty (null) for a decorative image. */
  coverAlt?: string | null;
  coverAltCy?: string | null;
};

export type CreateChallengeRequest = ChallengeTexts & {
  /** The lead council; the caller must be one of its admins. */
  organisationId: string;
  /** Partner councils whose admins also manage the challenge. */
  coHostOrganisationIds?: string[];
  slug?: string;
  categories?: string[];
  entrantCategories?: string[];
  prizePotPence?: number | null;
  prizes?: PrizeInput[];
  /** Share of the final score from the public vote, 0 to 1 (e.g. 0.3). */
  publicVoteWeight?: number | null;
  requiresVerifiedEmail?: boolean;
  preModeration?: boolean;
  /** Voting methods and allowance; frozen once voting opens. */
  supportVoting?: boolean;
  pairwiseVoting?: boolean;
  publicVoteMeasure?: PublicVoteMeasure;
  voteAllowance?: number;
  allowSelfVotes?: boolean;
  /** Judges see no author or team details (default true); frozen once judging opens. */
  blindReview?: boolean;
  stages?: StagesInput;
};

export type UpdateChallengeRequest = Partial<
  Omit<CreateChallengeRequest, 'organisationId' | 'coHostOrganisationIds'>
> & {
  /** Required to change prizes, pot, vote weight or judging summary once submissions have opened; audited. */
  changeReason?: string;
};

export type ChallengeListState = 'open' | 'upcoming' | 'past';
export type ListChallengesQuery = { state?: ChallengeListState; mine?: boolean; page?: number; pageSize?: number };

export type OrganisationRef = { id: string; name: string };
export type Prize = {
  id: string;
  name: string;
  nameCy: string | null;
  amountPence: number;
  count: number;
  category: string | null;
  peoplesChoice: boolean;
};
export type RulesVersion = { version: number; body: string; bodyCy: string | null; createdAt: string };

export type ChallengeSummary = {
  id: string;
  slug: string;
  title: string;
  titleCy: string | null;
  summary: string;
  summaryCy: string | null;
  organisation: OrganisationRef;
  state: ChallengeState;
  open: OpenActivities;
  /** The next stage date after now, if any. */
  nextMilestone: Milestone | null;
  stages: Stages;
  prizePotPence: number | null;
  publishedAt: string | null;
  /** Where to fetch the cover image (changes when the challenge does), or null when there is none. */
  coverUrl: string | null;
  /** The cover's alternative text; null means decorative (render `alt=""`). */
  coverAlt: string | null;
  coverAltCy: string | null;
};

export type Challenge = ChallengeSummary & {
  hosts: OrganisationRef[];
  description: string;
  descriptionCy: string | null;
  /** The description rendered from markdown to safe HTML (raw HTML escaped, unsafe links dropped); null when empty. */
  descriptionHtml: string | null;
  descriptionCyHtml: string | null;
  problemStatement: string;
  problemStatementCy: string | null;
  eligibility: string;
  eligibilityCy: string | null;
  howToEnter: string;
  howToEnterCy: string | null;
  judgingSummary: string;
  judgingSummaryCy: string | null;
  categories: string[];
  entrantCategories: string[];
  prizes: Prize[];
  publicVoteWeight: number | null;
  requiresVerifiedEmail: boolean;
  preModeration: boolean;
  voting: VotingSettingsView;
  blindReview: boolean;
  judgesPerIdea: number | null;
  rules: RulesVersion | null;
  shortlistConfirmedAt: string | null;
  resultsPublishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** True when the caller is an admin of a hosting council. */
  canManage: boolean;
};

export type ChallengeWarning = { field: string; message: string };
export type PublishChallengeResponse = { challenge: Challenge; warnings: ChallengeWarning[] };

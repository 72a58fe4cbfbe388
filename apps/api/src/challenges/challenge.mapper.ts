import type { Challenge, ChallengeSummary, OrganisationRef } from '@challenge/contract';
import { challengeState, nextMilestone, openActivities } from '@challenge/domain';
import { renderMarkdown } from '../common/markdown';
import type { ChallengePrizeEntity } from './challenge-prize.entity';
import type { ChallengeRulesVersionEntity } from './challenge-rules-version.entity';
import { iso, stagesOf, timelineOf } from './challenge-timeline';
import type { ChallengeEntity } from './challenge.entity';

export function toChallengeSummary(c: ChallengeEntity, organisation: OrganisationRef, now: Date): ChallengeSummary {
  const timeline = timelineOf(c);
  return {
    id: c.id,
    slug: c.slug,
    title: c.title,
    titleCy: c.titleCy,
    summary: c.summary,
    summaryCy: c.summaryCy,
    organisation,
    state: challengeState(timeline, now),
    open: openActivities(timeline, now),
    nextMilestone: nextMilestone(timeline, now),
    stages: stagesOf(c),
    prizePotPence: c.prizePotPence,
    publishedAt: iso(c.publishedAt),
    coverUrl: c.coverStorageKey ? `/api/v1/challenges/${c.id}/cover?v=${c.updatedAt.getTime()}` : null,
    coverAlt: c.coverAlt,
    coverAltCy: c.coverAltCy,
  };
}

const html = (markdown: string | null): string | null =>
  markdown && markdown.trim() !== '' ? renderMarkdown(markdown) : null;

export type ChallengeDetails = {
  hosts: OrganisationRef[];
  prizes: ChallengePrizeEntity[];
  rules: ChallengeRulesVersionEntity | null;
  canManage: boolean;
};

export function toChallenge(c: ChallengeEntity, d: ChallengeDetails, now: Date): Challenge {
  const lead = d.hosts.find((h) => h.id === c.organisationId) ?? { id: c.organisationId, name: '' };
  return {
    ...toChallengeSummary(c, lead, now),
    hosts: d.hosts,
    description: c.description,
    descriptionCy: c.descriptionCy,
    descriptionHtml: html(c.description),
    descriptionCyHtml: html(c.descriptionCy),
    problemStatement: c.problemStatement,
    problemStatementCy: c.problemStatementCy,
    eligibility: c.eligibility,
    eligibilityCy: c.eligibilityCy,
    howToEnter: c.howToEnter,
    howToEnterCy: c.howToEnterCy,
    judgingSummary: c.judgingSummary,
    judgingSummaryCy: c.judgingSummaryCy,
    categories: c.categories,
    entrantCategories: c.entrantCategories,
    prizes: d.prizes.map((p) => ({
      id: p.id,
      name: p.name,
      nameCy: p.nameCy,
      amountPence: p.amountPence,
      count: p.count,
      category: p.category,
      peoplesChoice: p.peoplesChoice,
    })),
    publicVoteWeight: c.publicVoteWeight,
    requiresVerifiedEmail: c.requiresVerifiedEmail,
    preModeration: c.preModeration,
    voting: {
      supportVoting: c.supportVoting,
      pairwiseVoting: c.pairwiseVoting,
      publicVoteMeasure: c.publicVoteMeasure,
      voteAllowance: c.voteAllowance,
      allowSelfVotes: c.allowSelfVotes,
    },
    blindReview: c.blindReview,
    judgesPerIdea: c.judgesPerIdea,
    rules: d.rules && {
      version: d.rules.version,
      body: d.rules.body,
      bodyCy: d.rules.bodyCy,
      createdAt: d.rules.createdAt.toISOString(),
    },
    shortlistConfirmedAt: iso(c.shortlistConfirmedAt),
    resultsPublishedAt: iso(c.resultsPublishedAt),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    canManage: d.canManage,
  };
}

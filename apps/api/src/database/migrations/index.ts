import { InitialSchema1764180000000 } from './1764180000000-initial-schema';
import { Challenges1764190000000 } from './1764190000000-challenges';
import { OutboxDeliverySchedule1795725000000 } from './1795725000000-outbox-delivery-schedule';
import { Ideas1795727000000 } from './1795727000000-ideas';
import { ChallengeCover1795730000000 } from './1795730000000-challenge-cover';
import { ContentReportIndexes1795731000000 } from './1795731000000-content-report-indexes';
import { ChallengeJudges1795732000000 } from './1795732000000-challenge-judges';
import { Votes1795733000000 } from './1795733000000-votes';
import { PairwiseAndVoteSignals1795734000000 } from './1795734000000-pairwise-and-vote-signals';
import { Judging1795735000000 } from './1795735000000-judging';
import { PairwiseScoreCache1795736000000 } from './1795736000000-pairwise-score-cache';
import { ResultsInputsFingerprint1795741000000 } from './1795741000000-results-inputs-fingerprint';
import { VoteCounterInPlace1795742000000 } from './1795742000000-vote-counter-in-place';
import { TokenSupersessionAndSignInThrottle1795770000000 } from './1795770000000-token-supersession-and-sign-in-throttle';

/** Every migration in order; listed explicitly because the API is bundled. */
export const MIGRATIONS = [
  InitialSchema1764180000000,
  Challenges1764190000000,
  OutboxDeliverySchedule1795725000000,
  Ideas1795727000000,
  ChallengeCover1795730000000,
  ContentReportIndexes1795731000000,
  ChallengeJudges1795732000000,
  Votes1795733000000,
  PairwiseAndVoteSignals1795734000000,
  Judging1795735000000,
  PairwiseScoreCache1795736000000,
  ResultsInputsFingerprint1795741000000,
  VoteCounterInPlace1795742000000,
  TokenSupersessionAndSignInThrottle1795770000000,
];

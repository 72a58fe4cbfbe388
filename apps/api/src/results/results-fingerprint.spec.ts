import {
  canonicalJson,
  changedParts,
  describeParts,
  FINGERPRINT_PARTS,
  inputsFingerprint,
} from './results-fingerprint';
import type { FingerprintInputs } from './results-fingerprint';

const inputs = (): FingerprintInputs => ({
  challenge: {
    id: 'c1',
    slug: 'c',
    title: 'Challenge',
    title_cy: null,
    organisation_id: 'o1',
    public_vote_weight: '0.3000',
    public_vote_measure: 'supports',
    pairwise_voting: false,
    judges_per_idea: 3,
    judging_opens_at: new Date('2031-01-01T00:00:00Z'),
  },
  criteria: [{ id: 'k1', name: 'Impact', name_cy: null, weight: '1.0000', min_score: 0, max_score: 10 }],
  ideas: [
    {
      id: 'i1',
      title: 'Idea',
      category: null,
      entrant_category: null,
      shortlisted: true,
      vote_count: 4,
      comparison_count: 0,
    },
  ],
  scores: [{ judge: 'judge 1', idea_id: 'i1', criterion_id: 'k1', score: 7 }],
  conflictsHandled: 0,
  prizes: [],
  overrides: [],
  pairwiseAnswers: [],
});

describe('the fingerprint of the inputs of the results', () => {
  it('is the same for the same inputs, whatever the order of object keys', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: new Date(0) }] })).toBe(
      canonicalJson({ a: [{ c: new Date(0), d: null }], b: 1 }),
    );
    expect(changedParts(inputsFingerprint(inputs()), inputsFingerprint(inputs()))).toEqual([]);
  });

  it('names the group that changed, and only that one', () => {
    const confirmed = inputsFingerprint(inputs());
    const score = inputs();
    score.scores = [{ judge: 'judge 1', idea_id: 'i1', criterion_id: 'k1', score: 8 }];
    expect(changedParts(confirmed, inputsFingerprint(score))).toEqual(['scores']);
    const votes = inputs();
    votes.ideas = votes.ideas.map((i) => ({ ...i, vote_count: 3 }));
    votes.pairwiseAnswers = [{ winner: 'i1', loser: 'i2', n: 1 }];
    expect(changedParts(confirmed, inputsFingerprint(votes))).toEqual(['votes']);
    const unused = inputs();
    unused.challenge = { ...unused.challenge, judging_opens_at: new Date(), title_cy: 'Her' };
    expect(changedParts(confirmed, inputsFingerprint(unused))).toEqual([]);
    expect(changedParts(null, confirmed)).toEqual([...FINGERPRINT_PARTS]);
  });

  it('describes the changes in words', () => {
    expect(describeParts(['scores'])).toBe('the judges’ submitted scores');
    expect(describeParts(['rubric', 'votes', 'conflicts'])).toBe(
      'the rubric, the public votes and the conflicts of interest',
    );
  });
});

import type { MyVotes } from '@challenge/contract';
import { withVote, withoutVote } from './my-votes-store';

const mine: MyVotes = {
  allowance: 3,
  used: 1,
  remaining: 2,
  votes: [{ ideaId: 'a', title: 'A', createdAt: '2026-05-01T10:00:00Z', invalidated: false }],
};

describe('my votes as the page knows them', () => {
  it('adds a vote once and spends one of the allowance', () => {
    const after = withVote(mine, { ideaId: 'b', title: 'B', createdAt: '2026-05-01T11:00:00Z' });
    expect(after).toMatchObject({ used: 2, remaining: 1 });
    expect(after.votes.map((v) => v.ideaId)).toEqual(['a', 'b']);
    expect(withVote(mine, { ideaId: 'a', title: 'A', createdAt: 'later' })).toBe(mine);
  });

  it('takes a vote back, returning it to the allowance, and ignores one it does not have', () => {
    expect(withoutVote(mine, 'a')).toEqual({ allowance: 3, used: 0, remaining: 3, votes: [] });
    expect(withoutVote(mine, 'z')).toBe(mine);
  });
});

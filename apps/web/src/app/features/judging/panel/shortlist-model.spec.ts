import type { ApiError, JudgeInvitation, ShortlistIdea } from '@challenge/contract';
import { assignmentErrors } from './judging-assignments';
import { conflictErrors } from './judging-conflicts';
import { judgingErrors, judgingFailureKey } from '../common/judging-errors';
import { invitationStatus } from '../common/panel-model';
import { moveItem } from '../common/reorder';
import { picksOf, sameOrder, togglePick, wholeNumber } from './shortlist-model';
import { proposalRequest } from './shortlist-propose';

const idea = (ideaId: string, position: number): ShortlistIdea => ({
  ideaId,
  title: ideaId.toUpperCase(),
  category: null,
  voteCount: 3,
  pairwiseScore: null,
  position,
});
const error = (statusCode: number, code?: string): ApiError => ({ statusCode, error: 'x', message: 'API says', code });

describe('shortlist builder rules', () => {
  it('keeps the shortlist in position order; ticking adds at the end once, unticking removes', () => {
    const picks = picksOf([idea('b', 1), idea('a', 0)]);
    expect(picks.map((p) => p.ideaId)).toEqual(['a', 'b']);
    const c = { ...picks[0], ideaId: 'c', title: 'C' };
    expect(togglePick(picks, c, true).map((p) => p.ideaId)).toEqual(['a', 'b', 'c']);
    expect(togglePick(togglePick(picks, c, true), c, true).map((p) => p.ideaId)).toEqual(['a', 'b', 'c']);
    expect(togglePick(picks, picks[0], false).map((p) => p.ideaId)).toEqual(['b']);
  });

  it('moves an item up or down, and nowhere past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(sameOrder(['a', 'b'], ['b', 'a'])).toBe(false);
  });

  it('asks for a whole count from 1 to 100 before proposing', () => {
    expect(proposalRequest('top_votes', ' 5 ', true)).toEqual({
      request: { rule: 'top_votes', count: 5, perCategory: true },
      errors: [],
    });
    for (const bad of ['0', '101', '2.5', 'ten', '']) {
      expect(proposalRequest('top_votes', bad, false).errors[0]?.field).toBe('propose-count');
    }
    expect(wholeNumber('50', 1, 50)).toBe(50);
  });
});

describe('panel, conflicts and assignments', () => {
  const invitation = (over: Partial<JudgeInvitation>): JudgeInvitation => ({
    id: 'i',
    email: 'j@example.test',
    createdAt: '2026-01-01T00:00:00Z',
    expiresAt: '2026-01-15T00:00:00Z',
    acceptedAt: null,
    revokedAt: null,
    ...over,
  });

  it('tells pending, accepted, withdrawn and expired invitations apart', () => {
    const now = Date.parse('2026-01-10T00:00:00Z');
    expect(invitationStatus(invitation({}), now)).toBe('pending');
    expect(invitationStatus(invitation({ acceptedAt: '2026-01-02T00:00:00Z' }), now)).toBe('accepted');
    expect(invitationStatus(invitation({ revokedAt: '2026-01-02T00:00:00Z' }), now)).toBe('withdrawn');
    expect(invitationStatus(invitation({}), Date.parse('2026-01-15T00:00:00Z'))).toBe('expired');
  });

  it('needs a judge, an idea and a reason of at most 1000 characters for a conflict', () => {
    expect(conflictErrors({ judgeId: '', ideaId: '', reason: ' ' }).map((e) => e.message)).toEqual([
      'judging.conflicts.judgeRequired',
      'judging.conflicts.ideaRequired',
      'judging.conflicts.reasonRequired',
    ]);
    expect(conflictErrors({ ideaId: 'i', reason: 'x'.repeat(1001) })[0]?.message).toBe(
      'judging.conflicts.reasonTooLong',
    );
    expect(conflictErrors({ ideaId: 'i', reason: 'Neighbour' })).toEqual([]);
  });

  it('explains an impossible assignment by the panel size when it is too small, else by the reason', () => {
    expect(assignmentErrors(error(409, 'not_enough_judges'), 3, 2)).toEqual([
      expect.objectContaining({
        field: 'judges-per-idea',
        message: 'judging.assignments.tooFewJudges',
        params: { k: '3', judges: '2' },
      }),
    ]);
    expect(assignmentErrors(error(409, 'not_enough_judges'), 2, 3)[0]?.message).toBe(
      'judging.apiErrors.notEnoughJudges',
    );
    expect(assignmentErrors(error(409, 'shortlist_not_confirmed'), 2, 3)[0]).toMatchObject({
      field: null,
      message: 'judging.apiErrors.shortlistNotConfirmed',
    });
  });

  it('translates known codes, places them on the right field, and falls back to the API’s message', () => {
    expect(judgingErrors(error(409, 'already_judge'), {}, { already_judge: 'invite-email' })[0]).toMatchObject({
      field: 'invite-email',
      message: 'judging.apiErrors.alreadyJudge',
    });
    expect(judgingErrors(error(409, 'something_new'))[0]).toMatchObject({ message: 'API says', translate: false });
    expect(judgingErrors(error(503, 'already_judge'))[0]?.message).toBe('common.serviceUnavailable');
    expect(judgingFailureKey(error(404))).toBe('judging.apiErrors.notFound');
    expect(judgingFailureKey(error(410, 'invitation_expired'))).toBe('judging.apiErrors.invitationExpired');
  });
});

import { auditAction, transition } from './moderation-rules';

describe('moderation transitions', () => {
  it('approve publishes pending content and counts a comment', () => {
    expect(transition('pending', 'approve')).toEqual({ to: 'approved', reports: 'resolved', commentCountDelta: 1 });
    expect(transition('approved', 'approve')).toMatch(/Only pending content can be approved; this is approved/);
    expect(transition('hidden', 'approve')).toEqual(expect.any(String));
  });

  it('hide takes down pending or approved content, uncounting only what was counted', () => {
    expect(transition('approved', 'hide')).toEqual({ to: 'hidden', reports: 'resolved', commentCountDelta: -1 });
    expect(transition('pending', 'hide')).toEqual({ to: 'hidden', reports: 'resolved', commentCountDelta: 0 });
    expect(transition('hidden', 'hide')).toEqual(expect.any(String));
  });

  it('restore brings back hidden content only', () => {
    expect(transition('hidden', 'restore')).toEqual({ to: 'approved', reports: 'resolved', commentCountDelta: 1 });
    expect(transition('approved', 'restore')).toEqual(expect.any(String));
    expect(transition('pending', 'restore')).toEqual(expect.any(String));
  });

  it('dismiss changes nothing but the reports, whatever the status', () => {
    for (const status of ['pending', 'approved', 'hidden'] as const) {
      expect(transition(status, 'dismiss')).toEqual({ to: null, reports: 'dismissed', commentCountDelta: 0 });
    }
  });

  it('names audit actions after the target and the outcome', () => {
    expect(auditAction('idea', 'hide')).toBe('moderation.idea_hidden');
    expect(auditAction('comment', 'restore')).toBe('moderation.comment_restored');
    expect(auditAction('comment', 'dismiss')).toBe('moderation.comment_reports_dismissed');
  });
});

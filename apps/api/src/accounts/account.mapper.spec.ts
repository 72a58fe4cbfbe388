import { toDataExport, toMe } from './account.mapper';
import type { UserRow } from './accounts.repository';

const user: UserRow = {
  id: '6f1c1b9e-0000-4000-8000-000000000001',
  email: 'sam@example.org',
  display_name: 'Sam',
  email_verified_at: null,
  is_platform_admin: false,
  locale: 'cy',
  created_at: new Date('2026-01-02T03:04:05Z'),
};

describe('account mapper', () => {
  it('an account without a verification date is shown unverified, with its memberships and judging roles', () => {
    expect(
      toMe(
        user,
        [{ organisation_id: 'o1', organisation_name: 'Kent', role: 'admin' }],
        [{ challenge_id: 'c1', title: 'Hack Kent' }],
      ),
    ).toEqual({
      id: user.id,
      email: 'sam@example.org',
      displayName: 'Sam',
      emailVerified: false,
      isPlatformAdmin: false,
      locale: 'cy',
      memberships: [{ organisationId: 'o1', organisationName: 'Kent', role: 'admin' }],
      judging: [{ challengeId: 'c1', challengeTitle: 'Hack Kent' }],
      createdAt: '2026-01-02T03:04:05.000Z',
    });
  });

  it('an export carries only the listed fields of sessions, audit entries and emails', () => {
    const sessionWithSecret = {
      created_at: new Date('2026-01-01T00:00:00Z'),
      expires_at: new Date('2026-01-15T00:00:00Z'),
      revoked_at: null,
      user_agent: 'Firefox',
      token_hash: 'secret',
    };
    const exported = toDataExport(
      toMe(user, []),
      [sessionWithSecret],
      [],
      [],
      { votes: [], pairwise: [] },
      new Date('2026-02-01T00:00:00Z'),
    );
    expect(exported.sessions).toEqual([
      {
        createdAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-15T00:00:00.000Z',
        revokedAt: null,
        userAgent: 'Firefox',
      },
    ]);
    expect(JSON.stringify(exported)).not.toContain('secret');
    expect(exported.exportedAt).toBe('2026-02-01T00:00:00.000Z');
  });
});

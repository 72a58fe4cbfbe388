import type { Me } from '@challenge/contract';
import { moderatedCouncils, queueStatus } from './moderation-access';

const me = (memberships: Me['memberships']): Me => ({ id: 'u', memberships, isPlatformAdmin: false }) as unknown as Me;

describe('moderation access', () => {
  it('lists each council where the person is a moderator or an admin once', () => {
    const councils = moderatedCouncils(
      me([
        { organisationId: 'a', organisationName: 'Kent', role: 'admin' },
        { organisationId: 'a', organisationName: 'Kent', role: 'moderator' },
        { organisationId: 'b', organisationName: 'Medway', role: 'moderator' },
      ]),
    );
    expect(councils.map((c) => c.organisationId)).toEqual(['a', 'b']);
    expect(moderatedCouncils(null)).toEqual([]);
  });

  it('reads the queue from the address bar, pending by default', () => {
    expect(queueStatus('reported')).toBe('reported');
    expect(queueStatus('everything')).toBe('pending');
    expect(queueStatus(undefined)).toBe('pending');
  });
});

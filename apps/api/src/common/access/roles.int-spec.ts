import { createOrganisation, createUser } from '../../../test/factories';
import { createTestChallenge } from '../../../test/ideas-helpers';
import { createTestApp, TestApp } from '../../../test/test-app';
import { AccessService } from './access.service';

describe('the per-challenge judge role', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('a judge of one challenge is a judge of that challenge only, and sees it on their account', async () => {
    const council = await createOrganisation(t.db);
    const judged = await createTestChallenge(t.db, council.id);
    const other = await createTestChallenge(t.db, council.id);
    const judge = await createUser(t.db);
    await t.db.query(`INSERT INTO challenge_judges (challenge_id, user_id) VALUES ($1, $2)`, [judged.id, judge.id]);

    const access = t.app.get(AccessService);
    expect(await access.isJudge(judge.id, judged.id)).toBe(true);
    expect(await access.isJudge(judge.id, other.id)).toBe(false);
    expect(await access.canModerateChallenge(judge.id, judged.id)).toBe(false);

    const me = await t.http().get('/api/v1/me').set('Authorization', `Bearer ${judge.token}`).expect(200);
    expect(me.body.judging).toEqual([{ challengeId: judged.id, challengeTitle: expect.any(String) }]);
    expect(me.body.memberships).toEqual([]);
  });

  it('appointing the same judge twice is refused by the database', async () => {
    const council = await createOrganisation(t.db);
    const challenge = await createTestChallenge(t.db, council.id);
    const judge = await createUser(t.db);
    const appoint = () =>
      t.db.query(`INSERT INTO challenge_judges (challenge_id, user_id) VALUES ($1, $2)`, [challenge.id, judge.id]);
    await appoint();
    await expect(appoint()).rejects.toThrow(/duplicate key/);
  });
});

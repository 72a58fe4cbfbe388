import type { Challenge } from '@challenge/contract';
import { at, CHALLENGES_NOW, publishableBody } from '../../test/challenges-helpers';
import { addMember, bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

const NOW = CHALLENGES_NOW;

describe('challenges: updates after publishing', () => {
  let t: TestApp;
  let clock: Clock;
  let council: { id: string };
  let partner: { id: string };
  let other: { id: string };
  let admin: TestUser;
  let partnerAdmin: TestUser;
  let otherAdmin: TestUser;

  const setNow = (date: Date): void => {
    jest.spyOn(clock, 'now').mockReturnValue(date);
  };
  const create = async (body: Record<string, unknown>, user = admin): Promise<Challenge> =>
    (
      await t
        .http()
        .post('/api/v1/challenges')
        .set(...bearer(user))
        .send(body)
        .expect(201)
    ).body as Challenge;
  const auditRows = (
    id: string,
    action: string,
  ): Promise<{ organisation_id: string; details: Record<string, unknown> }[]> =>
    t.db.query(`SELECT organisation_id, details FROM audit_log WHERE target_id = $1 AND action = $2 ORDER BY id`, [
      id,
      action,
    ]);

  beforeAll(async () => {
    t = await createTestApp();
    clock = t.app.get<Clock>(CLOCK);
    council = await createOrganisation(t.db);
    partner = await createOrganisation(t.db);
    other = await createOrganisation(t.db);
    admin = await createUser(t.db);
    partnerAdmin = await createUser(t.db);
    otherAdmin = await createUser(t.db);
    await addMember(t.db, council.id, admin.id, 'admin');
    await addMember(t.db, partner.id, partnerAdmin.id, 'admin');
    await addMember(t.db, other.id, otherAdmin.id, 'admin');
  });
  beforeEach(() => setNow(NOW));
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  describe('state over time and fairness', () => {
    let id: string;
    beforeAll(async () => {
      jest.spyOn(clock, 'now').mockReturnValue(NOW);
      const c = await create({ ...publishableBody(council.id), coHostOrganisationIds: [partner.id] });
      id = c.id;
      await t
        .http()
        .post(`/api/v1/challenges/${id}/publish`)
        .set(...bearer(admin))
        .expect(200);
    });
    const stateAt = async (date: Date): Promise<string> => {
      setNow(date);
      return (await t.http().get(`/api/v1/challenges/${id}`).expect(200)).body.state;
    };
    const listed = async (state: string): Promise<string[]> =>
      (await t.http().get(`/api/v1/challenges?state=${state}&pageSize=100`).expect(200)).body.items.map(
        (i: { id: string }) => i.id,
      );

    it('derives the state and the lists from the dates at the given time', async () => {
      expect(await stateAt(new Date(at(0.5)))).toBe('upcoming');
      expect(await listed('upcoming')).toContain(id);
      expect(await stateAt(new Date(at(2)))).toBe('submissions_open');
      expect(await listed('open')).toContain(id);
      expect(await stateAt(new Date(at(31)))).toBe('voting_open');
      expect(await stateAt(new Date(at(35.5)))).toBe('shortlisting');
      expect(await stateAt(new Date(at(40)))).toBe('judging');
      expect(await listed('past')).toContain(id);
      expect(await listed('open')).not.toContain(id);
      expect(await stateAt(new Date(at(200)))).toBe('closed');
    });

    it('refuses to move a date that has passed, but allows moving a future one; each edit audited', async () => {
      setNow(new Date(at(10)));
      const moved = await t
        .http()
        .patch(`/api/v1/challenges/${id}`)
        .set(...bearer(admin))
        .send({ stages: { submissions: { opensAt: at(0.5) } } })
        .expect(409);
      expect(moved.body).toMatchObject({
        code: 'deadline_passed',
        fields: { 'stages.submissions.opensAt': [expect.any(String)] },
      });
      const early = await t
        .http()
        .patch(`/api/v1/challenges/${id}`)
        .set(...bearer(admin))
        .send({ stages: { voting: { closesAt: at(5) } } });
      expect(early.body).toMatchObject({ statusCode: 409, code: 'deadline_passed' });
      const ok = await t
        .http()
        .patch(`/api/v1/challenges/${id}`)
        .set(...bearer(admin))
        .send({ stages: { voting: { closesAt: at(34) } } })
        .expect(200);
      expect(ok.body.stages.voting.closesAt).toBe(at(34));
      const audit = await auditRows(id, 'challenge.updated');
      expect(audit.at(-1)?.details).toMatchObject({ changed: ['stages.voting.closesAt'] });
    });

    it('refuses prize, pot, vote-weight and criteria changes after submissions open unless a reason is given, which is audited', async () => {
      setNow(new Date(at(10)));
      const refused = await t
        .http()
        .patch(`/api/v1/challenges/${id}`)
        .set(...bearer(admin))
        .send({ prizePotPence: 2_000_000, publicVoteWeight: 0.5 })
        .expect(409);
      expect(refused.body.code).toBe('change_reason_required');
      expect(Object.keys(refused.body.fields).sort()).toEqual(['prizePotPence', 'publicVoteWeight']);
      await t
        .http()
        .patch(`/api/v1/challenges/${id}`)
        .set(...bearer(admin))
        .send({ prizes: [{ name: 'Only prize', amountPence: 100 }] })
        .expect(409);

      const res = await t
        .http()
        .patch(`/api/v1/challenges/${id}`)
        .set(...bearer(partnerAdmin))
        .send({ prizePotPence: 2_000_000, changeReason: 'A sponsor doubled the pot' })
        .expect(200);
      expect(res.body.prizePotPence).toBe(2_000_000);
      const audit = await auditRows(id, 'challenge.updated');
      expect(audit.at(-1)?.details).toMatchObject({
        changeReason: 'A sponsor doubled the pot',
        changed: ['prizePotPence'],
        diff: { prizePotPence: { from: 1_000_000, to: 2_000_000 } },
      });
      expect(audit.at(-1)?.organisation_id).toBe(council.id);
    });

    it('refuses to blank a published fact (422)', async () => {
      setNow(new Date(at(10)));
      const res = await t
        .http()
        .patch(`/api/v1/challenges/${id}`)
        .set(...bearer(admin))
        .send({ eligibility: null, howToEnter: '' })
        .expect(422);
      expect(Object.keys(res.body.fields).sort()).toEqual(['eligibility', 'howToEnter']);
    });

    it('lets a co-host admin edit, refuses another council’s admin (403) and anonymous callers (401)', async () => {
      setNow(new Date(at(10)));
      await t
        .http()
        .patch(`/api/v1/challenges/${id}`)
        .set(...bearer(partnerAdmin))
        .send({ titleCy: 'Strydoedd glanach' })
        .expect(200);
      await t
        .http()
        .patch(`/api/v1/challenges/${id}`)
        .set(...bearer(otherAdmin))
        .send({ titleCy: 'Nope' })
        .expect(403);
      await t.http().patch(`/api/v1/challenges/${id}`).send({ titleCy: 'Nope' }).expect(401);
      await t
        .http()
        .post(`/api/v1/challenges/${id}/publish`)
        .set(...bearer(otherAdmin))
        .expect(403);
    });

    it('keeps earlier rules versions when the rules change', async () => {
      const res = await t
        .http()
        .patch(`/api/v1/challenges/${id}`)
        .set(...bearer(admin))
        .send({ rules: 'Be kind and honest.' })
        .expect(200);
      expect(res.body.rules).toMatchObject({ version: 2, body: 'Be kind and honest.' });
      const versions: unknown[] = await t.db.query(`SELECT 1 FROM challenge_rules_versions WHERE challenge_id = $1`, [
        id,
      ]);
      expect(versions).toHaveLength(2);
    });
  });
});

import type { Challenge, PublishChallengeResponse } from '@challenge/contract';
import { at, CHALLENGES_NOW, publishableBody } from '../../test/challenges-helpers';
import { addMember, bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

const NOW = CHALLENGES_NOW;

describe('challenges', () => {
  let t: TestApp;
  let clock: Clock;
  let council: { id: string };
  let partner: { id: string };
  let other: { id: string };
  let admin: TestUser;
  let partnerAdmin: TestUser;
  let otherAdmin: TestUser;
  let resident: TestUser;

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
    resident = await createUser(t.db);
    await addMember(t.db, council.id, admin.id, 'admin');
    await addMember(t.db, partner.id, partnerAdmin.id, 'admin');
    await addMember(t.db, other.id, otherAdmin.id, 'admin');
  });
  beforeEach(() => setNow(NOW));
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => t.close());

  describe('creating', () => {
    it('a council admin creates a co-hosted draft, and the creation is audited against the lead council', async () => {
      const c = await create({ ...publishableBody(council.id), coHostOrganisationIds: [partner.id] });
      expect(c).toMatchObject({
        state: 'draft',
        slug: expect.stringMatching(/^cleaner-streets/),
        canManage: true,
        publishedAt: null,
      });
      expect(c.hosts.map((h) => h.id)).toEqual([council.id, partner.id]);
      expect(c.prizes.map((p) => [p.name, p.amountPence, p.count])).toEqual([
        ['First prize', 500_000, 1],
        ['Runner-up', 200_000, 2],
      ]);
      expect(c.rules).toMatchObject({ version: 1, body: 'Be kind.' });
      const audit = await auditRows(c.id, 'challenge.created');
      expect(audit).toHaveLength(1);
      expect(audit[0]?.organisation_id).toBe(council.id);
    });

    it('refuses an admin of another council, a resident and an anonymous caller', async () => {
      await t
        .http()
        .post('/api/v1/challenges')
        .set(...bearer(otherAdmin))
        .send({ organisationId: council.id, title: 'X' })
        .expect(403);
      await t
        .http()
        .post('/api/v1/challenges')
        .set(...bearer(resident))
        .send({ organisationId: council.id, title: 'X' })
        .expect(403);
      await t.http().post('/api/v1/challenges').send({ organisationId: council.id, title: 'X' }).expect(401);
    });

    it('explains stage dates out of order, dates without an offset and prizes beyond the pot (400, per field)', async () => {
      const res = await t
        .http()
        .post('/api/v1/challenges')
        .set(...bearer(admin))
        .send({
          ...publishableBody(council.id),
          stages: { submissions: { opensAt: at(1), closesAt: at(30) }, judging: { opensAt: at(20), closesAt: at(10) } },
        })
        .expect(400);
      expect(res.body.fields).toEqual({
        'stages.judging.closesAt': ['Judging must close after it opens'],
        'stages.judging.opensAt': ['Judging cannot open before submissions close'],
      });
      const local = await t
        .http()
        .post('/api/v1/challenges')
        .set(...bearer(admin))
        .send({ organisationId: council.id, title: 'X', stages: { submissions: { opensAt: '2030-04-01T09:00:00' } } })
        .expect(400);
      expect(local.body.fields['stages.submissions.opensAt'][0]).toMatch(/with an offset/);
      const pot = await t
        .http()
        .post('/api/v1/challenges')
        .set(...bearer(admin))
        .send({ ...publishableBody(council.id), prizePotPence: 100 })
        .expect(400);
      expect(pot.body.fields.prizes[0]).toMatch(/more than the prize pot/);
    });
  });

  describe('seeing', () => {
    it('shows a draft only to the hosting councils’ admins (404 to anyone else; 400 for a bad id)', async () => {
      const c = await create({ ...publishableBody(council.id), coHostOrganisationIds: [partner.id] });
      await t.http().get(`/api/v1/challenges/${c.id}`).expect(404);
      await t
        .http()
        .get(`/api/v1/challenges/${c.id}`)
        .set(...bearer(otherAdmin))
        .expect(404);
      const seen = await t
        .http()
        .get(`/api/v1/challenges/${c.id}`)
        .set(...bearer(partnerAdmin))
        .expect(200);
      expect(seen.body.canManage).toBe(true);
      await t.http().get('/api/v1/challenges/not-a-uuid').expect(400);
      await t
        .http()
        .patch('/api/v1/challenges/123')
        .set(...bearer(admin))
        .send({})
        .expect(400);
      await t
        .http()
        .post('/api/v1/challenges/123/publish')
        .set(...bearer(admin))
        .expect(400);
    });

    it('lists the caller’s drafts with mine=true, never to the public', async () => {
      const c = await create({ organisationId: council.id, title: 'A private draft' });
      const mine = await t
        .http()
        .get('/api/v1/challenges?mine=true&pageSize=100')
        .set(...bearer(admin))
        .expect(200);
      expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(c.id);
      const publicList = await t.http().get('/api/v1/challenges?pageSize=100').expect(200);
      expect(publicList.body.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
      await t.http().get('/api/v1/challenges?mine=true').expect(401);
      await t.http().get('/api/v1/challenges?state=closed').expect(400);
    });
  });

  describe('publishing', () => {
    it('lists every missing published fact (422) and publishes once they are given, warning about empty Welsh', async () => {
      const c = await create({ organisationId: council.id, title: 'Bare' });
      const missing = await t
        .http()
        .post(`/api/v1/challenges/${c.id}/publish`)
        .set(...bearer(admin))
        .expect(422);
      expect(Object.keys(missing.body.fields).sort()).toEqual(
        [
          'eligibility',
          'howToEnter',
          'judgingSummary',
          'prizePotPence',
          'prizes',
          'publicVoteWeight',
          'stages.submissions.closesAt',
          'stages.submissions.opensAt',
          'summary',
        ].sort(),
      );
      expect(missing.body.code).toBe('publication_incomplete');

      const full = await create(publishableBody(council.id));
      const res = await t
        .http()
        .post(`/api/v1/challenges/${full.id}/publish`)
        .set(...bearer(admin))
        .expect(200);
      const body = res.body as PublishChallengeResponse;
      expect(body.challenge.state).toBe('upcoming');
      expect(body.warnings.map((w) => w.field)).toEqual(
        expect.arrayContaining([
          'titleCy',
          'summaryCy',
          'eligibilityCy',
          'howToEnterCy',
          'judgingSummaryCy',
          'rulesCy',
          'prizes.0.nameCy',
        ]),
      );
      const audit = await auditRows(full.id, 'challenge.published');
      expect(audit[0]?.organisation_id).toBe(council.id);
      await t.http().get(`/api/v1/challenges/${full.id}`).expect(200);
      await t
        .http()
        .post(`/api/v1/challenges/${full.id}/publish`)
        .set(...bearer(admin))
        .expect(409);
    });

    it('gives no Welsh warnings when every Welsh text is filled in', async () => {
      const cy = {
        titleCy: 'Strydoedd glanach',
        summaryCy: 'Syniadau',
        problemStatementCy: 'Sbwriel',
        eligibilityCy: 'Unrhyw un',
        howToEnterCy: 'Ar y wefan',
        judgingSummaryCy: 'Panel',
        rulesCy: 'Byddwch yn garedig.',
      };
      const body = publishableBody(council.id);
      const c = await create({
        ...body,
        ...cy,
        prizes: [{ name: 'First prize', nameCy: 'Gwobr gyntaf', amountPence: 500_000 }],
      });
      const res = await t
        .http()
        .post(`/api/v1/challenges/${c.id}/publish`)
        .set(...bearer(admin))
        .expect(200);
      expect(res.body.warnings).toEqual([]);
    });
  });

  it('a draft is 404 to another council’s admin on edit and publish', async () => {
    const c = await create({ organisationId: council.id, title: 'Hidden' });
    await t
      .http()
      .patch(`/api/v1/challenges/${c.id}`)
      .set(...bearer(otherAdmin))
      .send({ title: 'Mine now' })
      .expect(404);
    await t
      .http()
      .post(`/api/v1/challenges/${c.id}/publish`)
      .set(...bearer(otherAdmin))
      .expect(404);
  });
});

import { randomUUID } from 'node:crypto';
import type { AuditEntry, Organisation, OrganisationMember, Page } from '@challenge/contract';
import { addMember, bearer, createOrganisation, createUser, TestUser, uniqueEmail } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { LAST_ADMIN, UNKNOWN_MEMBER_EMAIL } from './organisations.service';

describe('organisations and their members', () => {
  let t: TestApp;
  let platformAdmin: TestUser;
  beforeAll(async () => {
    t = await createTestApp();
    platformAdmin = await createUser(t.db, { platformAdmin: true });
  });
  afterAll(() => t.close());

  const council = async (): Promise<{ id: string; name: string; admin: TestUser }> => {
    const org = await createOrganisation(t.db);
    const admin = await createUser(t.db);
    await addMember(t.db, org.id, admin.id, 'admin');
    return { ...org, admin };
  };
  const members = async (orgId: string): Promise<{ user_id: string; role: string }[]> =>
    t.db.query(`SELECT user_id, role FROM organisation_members WHERE organisation_id = $1 ORDER BY user_id`, [orgId]);
  const auditActions = async (orgId: string): Promise<string[]> =>
    (
      await t.db.query<{ action: string }[]>(`SELECT action FROM audit_log WHERE organisation_id = $1 ORDER BY id`, [
        orgId,
      ])
    ).map((r) => r.action);

  describe('creating a council', () => {
    it('a platform admin creates a council (slug derived from the name), audited, then adds its first admin who is emailed', async () => {
      const name = `Ceredigion ${randomUUID().slice(0, 6)} Council`;
      const created = await t
        .http()
        .post('/api/v1/organisations')
        .set(...bearer(platformAdmin))
        .send({ name })
        .expect(201);
      const org = created.body as Organisation;
      expect(org).toEqual({
        id: expect.any(String),
        name,
        slug: name.toLowerCase().replace(/ /g, '-'),
        createdAt: expect.any(String),
      });

      const firstAdmin = await createUser(t.db, { displayName: 'Nia Williams' });
      const added = await t
        .http()
        .post(`/api/v1/organisations/${org.id}/members`)
        .set(...bearer(platformAdmin))
        .send({ email: firstAdmin.email.toUpperCase(), role: 'admin' })
        .expect(201);
      expect(added.body).toEqual({
        userId: firstAdmin.id,
        displayName: 'Nia Williams',
        email: firstAdmin.email,
        role: 'admin',
        addedAt: expect.any(String),
      });

      expect(await auditActions(org.id)).toEqual(['organisation.created', 'organisation.member_added']);
      const mail: { subject: string; status: string }[] = await t.db.query(
        `SELECT subject, status FROM outbox_emails WHERE to_address = $1`,
        [firstAdmin.email],
      );
      expect(mail).toEqual([
        { subject: `You have been added to ${name} / Rydych wedi cael eich ychwanegu at ${name}`, status: 'pending' },
      ]);

      const shown = await t.http().get(`/api/v1/organisations/${org.id}`).expect(200);
      expect(shown.body).toEqual(org);
      const listed = await t.http().get('/api/v1/organisations').expect(200);
      expect(listed.body).toContainEqual(org);
    });

    it('refuses a duplicate name or slug with 409 and a clear message', async () => {
      const existing = await createOrganisation(t.db);
      const byName = await t
        .http()
        .post('/api/v1/organisations')
        .set(...bearer(platformAdmin))
        .send({ name: existing.name.toUpperCase(), slug: `other-${randomUUID().slice(0, 6)}` })
        .expect(409);
      expect(byName.body.message).toBe(`An organisation called "${existing.name.toUpperCase()}" already exists`);
      const bySlug = await t
        .http()
        .post('/api/v1/organisations')
        .set(...bearer(platformAdmin))
        .send({ name: `Another ${randomUUID()}`, slug: existing.slug })
        .expect(409);
      expect(bySlug.body.message).toBe(`The slug "${existing.slug}" is already in use; choose another`);
    });

    it('refuses a resident (403) and an anonymous caller (401), storing nothing', async () => {
      const resident = await createUser(t.db);
      const name = `Resident Council ${randomUUID()}`;
      const refused = await t
        .http()
        .post('/api/v1/organisations')
        .set(...bearer(resident))
        .send({ name })
        .expect(403);
      expect(refused.body.message).toBe('Only a platform admin can do this');
      await t.http().post('/api/v1/organisations').send({ name }).expect(401);
      expect(await t.db.query(`SELECT 1 FROM organisations WHERE name = $1`, [name])).toEqual([]);
    });

    it('explains what is wrong with an invalid body', async () => {
      const res = await t
        .http()
        .post('/api/v1/organisations')
        .set(...bearer(platformAdmin))
        .send({ name: 'x', slug: 'Not A Slug' })
        .expect(400);
      expect(res.body.fields).toEqual({
        name: ['name must be between 2 and 120 characters'],
        slug: ['slug may contain only lower-case letters, digits and single hyphens between them'],
      });
    });
  });

  describe('reading councils', () => {
    it('answers an unknown id with 404 and a malformed id with 400', async () => {
      const missing = await t.http().get(`/api/v1/organisations/${randomUUID()}`).expect(404);
      expect(missing.body.message).toBe('No organisation with that id');
      const malformed = await t.http().get('/api/v1/organisations/not-a-uuid').expect(400);
      expect(malformed.body.message).toBe('The organisation id must be a UUID');
    });
  });

  describe('a council admin', () => {
    it('adds a moderator, sees them listed and the entry in the audit log with their own display name', async () => {
      const c = await council();
      const moderator = await createUser(t.db);
      await t
        .http()
        .post(`/api/v1/organisations/${c.id}/members`)
        .set(...bearer(c.admin))
        .send({ email: moderator.email, role: 'moderator' })
        .expect(201);

      const listed = await t
        .http()
        .get(`/api/v1/organisations/${c.id}/members`)
        .set(...bearer(c.admin))
        .expect(200);
      expect((listed.body as OrganisationMember[]).map((m) => [m.userId, m.role])).toEqual([
        [c.admin.id, 'admin'],
        [moderator.id, 'moderator'],
      ]);

      const log = await t
        .http()
        .get(`/api/v1/organisations/${c.id}/audit-log`)
        .set(...bearer(c.admin))
        .expect(200);
      const page = log.body as Page<AuditEntry>;
      expect(page).toMatchObject({ total: 1, page: 1, pageSize: 20 });
      expect(page.items[0]).toMatchObject({
        action: 'organisation.member_added',
        actor: { id: c.admin.id, displayName: c.admin.displayName },
        targetType: 'user',
        targetId: moderator.id,
        details: { role: 'moderator' },
      });
    });

    it('changes a role with 200 (audited), and re-adding with the same role changes nothing', async () => {
      const c = await council();
      const person = await createUser(t.db);
      const send = (role: string) =>
        t
          .http()
          .post(`/api/v1/organisations/${c.id}/members`)
          .set(...bearer(c.admin))
          .send({ email: person.email, role });
      await send('moderator').expect(201);
      const promoted = await send('admin').expect(200);
      expect(promoted.body.role).toBe('admin');
      await send('admin').expect(200);
      expect(await auditActions(c.id)).toEqual(['organisation.member_added', 'organisation.member_role_changed']);
    });

    it('reads the audit log newest first, page by page', async () => {
      const c = await council();
      for (let i = 0; i < 3; i++) {
        const person = await createUser(t.db);
        await t
          .http()
          .post(`/api/v1/organisations/${c.id}/members`)
          .set(...bearer(c.admin))
          .send({ email: person.email, role: 'moderator' })
          .expect(201);
      }
      const first = await t
        .http()
        .get(`/api/v1/organisations/${c.id}/audit-log?page=1&pageSize=2`)
        .set(...bearer(c.admin))
        .expect(200);
      const second = await t
        .http()
        .get(`/api/v1/organisations/${c.id}/audit-log?page=2&pageSize=2`)
        .set(...bearer(c.admin))
        .expect(200);
      const ids = [...first.body.items, ...second.body.items].map((e: AuditEntry) => Number(e.id));
      expect(ids).toHaveLength(3);
      expect([...ids].sort((a, b) => b - a)).toEqual(ids);
      expect(first.body.total).toBe(3);
      await t
        .http()
        .get(`/api/v1/organisations/${c.id}/audit-log?pageSize=500`)
        .set(...bearer(c.admin))
        .expect(400);
    });

    it('removes a moderator (204, audited) but never the last admin (409)', async () => {
      const c = await council();
      const moderator = await createUser(t.db);
      await addMember(t.db, c.id, moderator.id, 'moderator');
      await t
        .http()
        .delete(`/api/v1/organisations/${c.id}/members/${moderator.id}`)
        .set(...bearer(c.admin))
        .expect(204);

      const refused = await t
        .http()
        .delete(`/api/v1/organisations/${c.id}/members/${c.admin.id}`)
        .set(...bearer(c.admin))
        .expect(409);
      expect(refused.body.message).toBe(LAST_ADMIN);
      const demote = await t
        .http()
        .post(`/api/v1/organisations/${c.id}/members`)
        .set(...bearer(platformAdmin))
        .send({ email: c.admin.email, role: 'moderator' })
        .expect(409);
      expect(demote.body.message).toBe(LAST_ADMIN);
      expect(await members(c.id)).toEqual([{ user_id: c.admin.id, role: 'admin' }]);
      expect(await auditActions(c.id)).toEqual(['organisation.member_removed']);
    });

    it('is told when no account uses the email (404) and nothing is stored', async () => {
      const c = await council();
      const res = await t
        .http()
        .post(`/api/v1/organisations/${c.id}/members`)
        .set(...bearer(c.admin))
        .send({ email: uniqueEmail('nobody'), role: 'admin' })
        .expect(404);
      expect(res.body.message).toBe(UNKNOWN_MEMBER_EMAIL);
      expect(await members(c.id)).toHaveLength(1);
    });
  });

  describe('who is refused', () => {
    it('an admin of another council can neither list, add, remove nor read the audit log (403), and nothing is stored', async () => {
      const a = await council();
      const b = await council();
      const victim = await createUser(t.db);
      const as = bearer(a.admin);
      const before = await members(b.id);
      await t
        .http()
        .get(`/api/v1/organisations/${b.id}/members`)
        .set(...as)
        .expect(403);
      await t
        .http()
        .post(`/api/v1/organisations/${b.id}/members`)
        .set(...as)
        .send({ email: victim.email, role: 'admin' })
        .expect(403);
      await t
        .http()
        .delete(`/api/v1/organisations/${b.id}/members/${b.admin.id}`)
        .set(...as)
        .expect(403);
      await t
        .http()
        .get(`/api/v1/organisations/${b.id}/audit-log`)
        .set(...as)
        .expect(403);
      expect(await members(b.id)).toEqual(before);
      expect(await auditActions(b.id)).toEqual([]);
      expect(await t.db.query(`SELECT 1 FROM outbox_emails WHERE to_address = $1`, [victim.email])).toEqual([]);
    });

    it('a moderator cannot add members or read the members list or the audit log', async () => {
      const c = await council();
      const moderator = await createUser(t.db);
      await addMember(t.db, c.id, moderator.id, 'moderator');
      const other = await createUser(t.db);
      const res = await t
        .http()
        .post(`/api/v1/organisations/${c.id}/members`)
        .set(...bearer(moderator))
        .send({ email: other.email, role: 'moderator' })
        .expect(403);
      expect(res.body.message).toBe('You need the admin role in this organisation to do this');
      await t
        .http()
        .get(`/api/v1/organisations/${c.id}/members`)
        .set(...bearer(moderator))
        .expect(403);
      await t
        .http()
        .get(`/api/v1/organisations/${c.id}/audit-log`)
        .set(...bearer(moderator))
        .expect(403);
      expect(await members(c.id)).toHaveLength(2);
    });

    it('an anonymous caller gets 401 on every private route', async () => {
      const c = await council();
      await t.http().get(`/api/v1/organisations/${c.id}/members`).expect(401);
      await t
        .http()
        .post(`/api/v1/organisations/${c.id}/members`)
        .send({ email: 'x@example.test', role: 'admin' })
        .expect(401);
      await t.http().delete(`/api/v1/organisations/${c.id}/members/${c.admin.id}`).expect(401);
      await t.http().get(`/api/v1/organisations/${c.id}/audit-log`).expect(401);
    });

    it('a platform admin may read any council’s members and audit log', async () => {
      const c = await council();
      await t
        .http()
        .get(`/api/v1/organisations/${c.id}/members`)
        .set(...bearer(platformAdmin))
        .expect(200);
      await t
        .http()
        .get(`/api/v1/organisations/${c.id}/audit-log`)
        .set(...bearer(platformAdmin))
        .expect(200);
    });
  });
});

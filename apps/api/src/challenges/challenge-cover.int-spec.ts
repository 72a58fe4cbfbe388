import type { Challenge, ChallengeSummary, Page } from '@challenge/contract';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { addMember, bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { CHALLENGES_NOW, publishableBody } from '../../test/challenges-helpers';
import { FAKE_EXE, TINY_PNG } from '../../test/ideas-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

const binary = (res: Response, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('challenge cover image and description', () => {
  let t: TestApp;
  let dataDir: string;
  let council: { id: string };
  let admin: TestUser;
  let otherAdmin: TestUser;

  const create = async (body: Record<string, unknown> = {}): Promise<Challenge> =>
    (
      await t
        .http()
        .post('/api/v1/challenges')
        .set(...bearer(admin))
        .send({ ...publishableBody(council.id), ...body })
        .expect(201)
    ).body as Challenge;
  const publish = (id: string) =>
    t
      .http()
      .post(`/api/v1/challenges/${id}/publish`)
      .set(...bearer(admin))
      .expect(200);
  const upload = (id: string, content: Buffer, filename = 'cover.png', user: TestUser | null = admin) => {
    const req = t.http().put(`/api/v1/challenges/${id}/cover`);
    if (user) req.set(...bearer(user));
    return req.attach('file', content, { filename, contentType: 'image/png' });
  };
  const coverColumns = async (id: string): Promise<{ cover_storage_key: string | null }> =>
    (
      (await t.db.query(`SELECT cover_storage_key, cover_content_type FROM challenges WHERE id = $1`, [id])) as {
        cover_storage_key: string | null;
      }[]
    )[0] ?? { cover_storage_key: null };
  const storedCovers = (id: string): string[] => {
    const dir = join(dataDir, 'uploads', 'challenges', id);
    return existsSync(dir) ? readdirSync(dir) : [];
  };
  const auditActions = async (id: string): Promise<string[]> =>
    (
      (await t.db.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [id])) as {
        action: string;
      }[]
    ).map((r) => r.action);

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cc-covers-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(CHALLENGES_NOW);
    council = await createOrganisation(t.db);
    const other = await createOrganisation(t.db);
    admin = await createUser(t.db);
    otherAdmin = await createUser(t.db);
    await addMember(t.db, council.id, admin.id, 'admin');
    await addMember(t.db, other.id, otherAdmin.id, 'admin');
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('an admin uploads a PNG cover with alt text, and anyone gets back the identical bytes and type once published', async () => {
    const c = await create({ coverAlt: 'A litter picker on a high street', coverAltCy: 'Casglwr sbwriel' });
    const res = await upload(c.id, TINY_PNG).expect(200);
    const updated = res.body as Challenge;
    expect(updated.coverUrl).toMatch(new RegExp(`^/api/v1/challenges/${c.id}/cover\\?v=\\d+$`));
    expect(updated).toMatchObject({ coverAlt: 'A litter picker on a high street', coverAltCy: 'Casglwr sbwriel' });
    await publish(c.id);

    const served = await t.http().get(String(updated.coverUrl)).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(served.body as Buffer, TINY_PNG)).toBe(0);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['cache-control']).toBe('public, max-age=300');

    const list = (await t.http().get('/api/v1/challenges').expect(200)).body as Page<ChallengeSummary>;
    expect(list.items.find((i) => i.id === c.id)?.coverUrl).toMatch(`/api/v1/challenges/${c.id}/cover?v=`);
    expect(await auditActions(c.id)).toContain('challenge.cover_changed');
  });

  it('replacing a cover keeps one file: the new one', async () => {
    const c = await create();
    await upload(c.id, TINY_PNG).expect(200);
    await upload(c.id, TINY_PNG).expect(200);
    expect(storedCovers(c.id)).toHaveLength(1);
    expect(storedCovers(c.id)[0]).toBe((await coverColumns(c.id)).cover_storage_key?.split('/').pop());
  });

  it.each([
    ['a PDF', PDF, 'cover.pdf'],
    ['a renamed executable', FAKE_EXE, 'cover.png'],
  ])('refuses %s with 415 and stores nothing', async (_label, content, filename) => {
    const c = await create();
    const res = await upload(c.id, content, filename).expect(415);
    expect(res.body.message).toBe('A cover image must be a PNG, JPEG, WebP or GIF image');
    expect((await coverColumns(c.id)).cover_storage_key).toBeNull();
    expect(storedCovers(c.id)).toEqual([]);
  });

  it('refuses an image over 5 MiB with 413 and stores nothing', async () => {
    const c = await create();
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const res = await upload(c.id, big).expect(413);
    expect(res.body.message).toMatch(/larger than 5 MiB, the most a cover image can be/);
    expect((await coverColumns(c.id)).cover_storage_key).toBeNull();
    expect(storedCovers(c.id)).toEqual([]);
  });

  it('another council’s admin cannot set or remove a cover, and nothing is stored', async () => {
    const draft = await create();
    await upload(draft.id, TINY_PNG, 'cover.png', otherAdmin).expect(404);
    const published = await create();
    await publish(published.id);
    await upload(published.id, TINY_PNG, 'cover.png', otherAdmin).expect(403);
    for (const c of [draft, published]) {
      expect((await coverColumns(c.id)).cover_storage_key).toBeNull();
      expect(storedCovers(c.id)).toEqual([]);
    }
    await upload(published.id, TINY_PNG).expect(200);
    await t
      .http()
      .delete(`/api/v1/challenges/${published.id}/cover`)
      .set(...bearer(otherAdmin))
      .expect(403);
    expect((await coverColumns(published.id)).cover_storage_key).not.toBeNull();
  });

  it('an anonymous visitor cannot upload (401)', async () => {
    const c = await create();
    await upload(c.id, TINY_PNG, 'cover.png', null).expect(401);
    expect(storedCovers(c.id)).toEqual([]);
  });

  it('a draft’s cover is 404 to the public but served to its admins', async () => {
    const c = await create();
    const coverUrl = String(((await upload(c.id, TINY_PNG).expect(200)).body as Challenge).coverUrl);
    await t.http().get(coverUrl).expect(404);
    await t
      .http()
      .get(coverUrl)
      .set(...bearer(otherAdmin))
      .expect(404);
    await t
      .http()
      .get(coverUrl)
      .set(...bearer(admin))
      .expect(200);
  });

  it('an admin removes the cover (204): it is gone from the challenge, the route and the disk, and audited', async () => {
    const c = await create();
    await upload(c.id, TINY_PNG).expect(200);
    await publish(c.id);
    await t
      .http()
      .delete(`/api/v1/challenges/${c.id}/cover`)
      .set(...bearer(admin))
      .expect(204);
    const after = (await t.http().get(`/api/v1/challenges/${c.id}`).expect(200)).body as Challenge;
    expect(after.coverUrl).toBeNull();
    await t.http().get(`/api/v1/challenges/${c.id}/cover`).expect(404);
    expect(storedCovers(c.id)).toEqual([]);
    expect(await auditActions(c.id)).toContain('challenge.cover_removed');
  });

  it('alt texts are optional, at most 250 characters, and blank clears them', async () => {
    const c = await create();
    expect(c).toMatchObject({ coverUrl: null, coverAlt: null, coverAltCy: null });
    await t
      .http()
      .patch(`/api/v1/challenges/${c.id}`)
      .set(...bearer(admin))
      .send({ coverAlt: 'x'.repeat(251) })
      .expect(400);
    const patched = await t
      .http()
      .patch(`/api/v1/challenges/${c.id}`)
      .set(...bearer(admin))
      .send({ coverAlt: 'A bin', coverAltCy: '  ' })
      .expect(200);
    expect(patched.body).toMatchObject({ coverAlt: 'A bin', coverAltCy: null });
  });

  it('renders the description as safe HTML: raw HTML is escaped and javascript: links dropped', async () => {
    const c = await create({
      description: '**Clean** streets <script>alert(1)</script> [click](javascript:alert(1)) [ok](https://example.org)',
      descriptionCy: '_Strydoedd_ glân',
    });
    expect(c.descriptionHtml).toContain('<strong>Clean</strong>');
    expect(c.descriptionHtml).toContain('&lt;script&gt;');
    expect(c.descriptionHtml).not.toContain('<script>');
    expect(c.descriptionHtml).not.toMatch(/href="javascript:/i);
    expect(c.descriptionHtml).toContain('<a href="https://example.org">ok</a>');
    expect(c.descriptionCyHtml).toContain('<em>Strydoedd</em>');
    const empty = await create({ description: '' });
    expect(empty).toMatchObject({ descriptionHtml: null, descriptionCyHtml: null });
  });
});

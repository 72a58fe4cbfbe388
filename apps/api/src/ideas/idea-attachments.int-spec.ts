import type { Attachment, IdeaDetail } from '@challenge/contract';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { bearer, createOrganisation, createUser, TestUser } from '../../test/factories';
import { createTestChallenge, FAKE_EXE, IDEAS_NOW, postIdea, TINY_PNG } from '../../test/ideas-helpers';
import { createTestApp, TestApp } from '../../test/test-app';
import { CLOCK, Clock } from '../common/clock';

const binary = (res: Response, done: (err: Error | null, body: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
};

describe('idea attachments', () => {
  let t: TestApp;
  let dataDir: string;
  let author: TestUser;
  let stranger: TestUser;
  let challenge: { id: string };

  const upload = (ideaId: string, user: TestUser, content: Buffer, filename: string, contentType?: string) =>
    t
      .http()
      .post(`/api/v1/ideas/${ideaId}/attachments`)
      .set(...bearer(user))
      .attach('file', content, { filename, contentType: contentType ?? 'application/octet-stream' });

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cc-attachments-'));
    t = await createTestApp({ DATA_DIR: dataDir });
    jest.spyOn(t.app.get<Clock>(CLOCK), 'now').mockReturnValue(IDEAS_NOW);
    const council = await createOrganisation(t.db);
    author = await createUser(t.db);
    stranger = await createUser(t.db);
    challenge = await createTestChallenge(t.db, council.id);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('accepts a PNG and serves back the identical bytes, inline, with its stored type', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'With a picture', submit: true });
    const res = await upload(idea.id, author, TINY_PNG, '../../etc/My <photo>.png', 'text/html').expect(201);
    const attachment = res.body as Attachment;
    expect(attachment).toMatchObject({
      contentType: 'image/png',
      sizeBytes: TINY_PNG.length,
      fileName: 'My _photo_.png',
    });
    const rows: { sha256: string; storage_key: string }[] = await t.db.query(
      `SELECT sha256, storage_key FROM idea_attachments WHERE id = $1`,
      [attachment.id],
    );
    expect(rows[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    const served = await t.http().get(attachment.url).buffer(true).parse(binary).expect(200);
    expect(Buffer.compare(served.body as Buffer, TINY_PNG)).toBe(0);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['content-disposition']).toMatch(/^inline/);
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    const detail = (await t.http().get(`/api/v1/ideas/${idea.id}`).expect(200)).body as IdeaDetail;
    expect(detail.attachments.map((a) => a.id)).toEqual([attachment.id]);
  });

  it('serves PDFs as downloads', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'With a PDF', submit: true });
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
    const attachment = (await upload(idea.id, author, pdf, 'plan.pdf').expect(201)).body as Attachment;
    const served = await t.http().get(attachment.url).buffer(true).parse(binary).expect(200);
    expect(served.headers['content-disposition']).toBe('attachment; filename="plan.pdf"');
  });

  it('refuses a renamed executable (415), whatever its name and declared type', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'Sneaky' });
    const res = await upload(idea.id, author, FAKE_EXE, 'holiday.png', 'image/png').expect(415);
    expect(res.body.message).toBe('Only PNG, JPEG, GIF, WebP images and PDF files can be attached');
    const rows: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM idea_attachments WHERE idea_id = $1`,
      [idea.id],
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('refuses files over 10 MiB (413) with a clear message', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'Huge' });
    const big = Buffer.concat([TINY_PNG, Buffer.alloc(10 * 1024 * 1024, 0)]);
    const res = await upload(idea.id, author, big, 'big.png').expect(413);
    expect(res.body.message).toMatch(/larger than 10 MiB/);
  });

  it('gives a stranger 404 for a draft’s attachment and refuses their uploads', async () => {
    const draft = await postIdea(t.http, author, challenge.id, { title: 'Private draft' });
    const attachment = (await upload(draft.id, author, TINY_PNG, 'a.png').expect(201)).body as Attachment;
    await t
      .http()
      .get(attachment.url)
      .set(...bearer(stranger))
      .expect(404);
    await t.http().get(attachment.url).expect(404);
    await t
      .http()
      .get(attachment.url)
      .set(...bearer(author))
      .expect(200);
    await upload(draft.id, stranger, TINY_PNG, 'b.png').expect(404);
    await t.http().get('/api/v1/attachments/not-a-uuid').expect(400);
  });

  it('soft-deletes an attachment for the team, keeping the row', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'Tidy up', submit: true });
    const attachment = (await upload(idea.id, author, TINY_PNG, 'x.png').expect(201)).body as Attachment;
    await t
      .http()
      .delete(`/api/v1/ideas/${idea.id}/attachments/${attachment.id}`)
      .set(...bearer(stranger))
      .expect(403);
    await t
      .http()
      .delete(`/api/v1/ideas/${idea.id}/attachments/${attachment.id}`)
      .set(...bearer(author))
      .expect(204);
    await t.http().get(attachment.url).expect(404);
    const rows: { deleted_at: Date | null }[] = await t.db.query(
      `SELECT deleted_at FROM idea_attachments WHERE id = $1`,
      [attachment.id],
    );
    expect(rows[0]?.deleted_at).not.toBeNull();
  });

  it('allows at most 10 attachments per idea', async () => {
    const idea = await postIdea(t.http, author, challenge.id, { title: 'Gallery' });
    for (let i = 0; i < 10; i++) await upload(idea.id, author, TINY_PNG, `${i}.png`).expect(201);
    const res = await upload(idea.id, author, TINY_PNG, 'eleven.png').expect(409);
    expect(res.body.message).toMatch(/at most 10 attachments/);
  });
});

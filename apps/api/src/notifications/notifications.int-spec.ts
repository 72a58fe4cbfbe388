import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import type { DevMail } from '@challenge/contract';
import { uniqueEmail } from '../../test/factories';
import { createTestApp, TestApp } from '../../test/test-app';
import { MailService } from './mail.service';
import { OutboxDeliveryService } from './outbox-delivery.service';
import { OutboxWorker } from './outbox-worker';

type Received = { from: string; to: string[]; data: string };
type OutboxState = {
  status: string;
  attempts: number;
  last_error: string | null;
  sent_at: Date | null;
  next_attempt_at: Date;
};

/** A real SMTP server on 127.0.0.1 at a random port that keeps what it receives. */
async function startSmtpServer(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const state = async (t: TestApp, id: string): Promise<OutboxState> =>
  (
    (await t.db.query(
      `SELECT status, attempts, last_error, sent_at, next_attempt_at FROM outbox_emails WHERE id = $1`,
      [id],
    )) as OutboxState[]
  )[0] as OutboxState;

/** Each test's mail is the only pending mail, so deliveries in one test never touch another's. */
const clearPending = (t: TestApp) =>
  t.db.query(`UPDATE outbox_emails SET status = 'captured' WHERE status = 'pending'`);

describe('email delivery and the dev mailbox', () => {
  describe('without SMTP (development capture)', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('the dev mailbox lists an address’s mail newest first, readable before any delivery', async () => {
      const to = uniqueEmail('reader');
      const mail = t.app.get(MailService);
      await mail.enqueue({ to, template: 'test.first', subject: 'First', text: 'one' });
      await mail.enqueue({ to: uniqueEmail('someone-else'), template: 'test.other', subject: 'Other', text: 'x' });
      await t.db.query(`UPDATE outbox_emails SET created_at = now() - interval '1 minute' WHERE to_address = $1`, [to]);
      await mail.enqueue({ to: to.toUpperCase(), template: 'test.second', subject: 'Second', text: 'two' });

      const res = await t.http().get('/api/v1/dev/mail').query({ to: to.toUpperCase() }).expect(200);
      const mails = res.body as DevMail[];
      expect(mails.map((m) => [m.subject, m.template, m.status, m.to])).toEqual([
        ['Second', 'test.second', 'pending', to],
        ['First', 'test.first', 'pending', to],
      ]);
      expect(mails[0]).toEqual({
        id: expect.any(String),
        to,
        subject: 'Second',
        text: 'two',
        template: 'test.second',
        status: 'pending',
        createdAt: expect.any(String),
      });
    });

    it('the dev mailbox needs a valid `to` (400)', async () => {
      const missing = await t.http().get('/api/v1/dev/mail').expect(400);
      expect(missing.body.message).toBe('to must be the email address whose mail you want to read');
      await t.http().get('/api/v1/dev/mail?to=not-an-email').expect(400);
    });

    it('marks pending emails as captured', async () => {
      await clearPending(t);
      const id = await t.app
        .get(MailService)
        .enqueue({ to: uniqueEmail(), template: 'test', subject: 'Captured', text: 'hi' });
      expect(await t.app.get(OutboxDeliveryService).deliverPending()).toEqual({
        sent: 0,
        captured: 1,
        failedAttempts: 0,
      });
      expect(await state(t, id)).toMatchObject({ status: 'captured', attempts: 0, sent_at: null });
    });

    it('is not running in tests until asked; started, pg-boss picks up new mail by itself on this database', async () => {
      const worker = t.app.get(OutboxWorker);
      expect(worker.running).toBe(false);
      await clearPending(t);
      await worker.start();
      try {
        const id = await t.app
          .get(MailService)
          .enqueue({ to: uniqueEmail(), template: 'test', subject: 'Via pg-boss', text: 'hi' });
        const deadline = Date.now() + 20_000;
        while ((await state(t, id)).status === 'pending' && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 250));
        expect((await state(t, id)).status).toBe('captured');
        const jobs: { state: string }[] = await t.db.query(
          `SELECT state FROM pgboss.job WHERE name = 'outbox-delivery' AND state = 'completed'`,
        );
        expect(jobs.length).toBeGreaterThan(0);
      } finally {
        await worker.stop();
      }
      expect(worker.running).toBe(false);
    }, 30_000);
  });

  describe('with SMTP', () => {
    let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
    let t: TestApp;
    beforeAll(async () => {
      smtp = await startSmtpServer();
      t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Council Challenges <no-reply@challenges.test>' });
    });
    afterAll(async () => {
      await t.close();
      await smtp.close();
    });

    it('delivers pending emails to the SMTP server and marks them sent', async () => {
      await clearPending(t);
      const to = uniqueEmail('recipient');
      const id = await t.app
        .get(MailService)
        .enqueue({ to, template: 'test', subject: 'Your council challenge', text: 'Hello from the outbox' });
      expect(await t.app.get(OutboxDeliveryService).deliverPending()).toEqual({
        sent: 1,
        captured: 0,
        failedAttempts: 0,
      });

      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toMatchObject({ from: 'no-reply@challenges.test', to: [to] });
      expect(smtp.received[0]?.data).toContain('Subject: Your council challenge');
      expect(smtp.received[0]?.data).toContain('Hello from the outbox');
      expect(await state(t, id)).toMatchObject({
        status: 'sent',
        attempts: 1,
        last_error: null,
        sent_at: expect.any(Date),
      });

      expect(await t.app.get(OutboxDeliveryService).deliverPending()).toEqual({
        sent: 0,
        captured: 0,
        failedAttempts: 0,
      });
      expect(smtp.received).toHaveLength(1);
    });

    it('two workers running at once send each email exactly once', async () => {
      await clearPending(t);
      const before = smtp.received.length;
      const mail = t.app.get(MailService);
      for (let i = 0; i < 6; i++)
        await mail.enqueue({ to: uniqueEmail('many'), template: 'test', subject: `Many ${i}`, text: 'x' });
      const delivery = t.app.get(OutboxDeliveryService);
      const [a, b] = await Promise.all([delivery.deliverPending(), delivery.deliverPending()]);
      expect(a.sent + b.sent).toBe(6);
      expect(smtp.received.length - before).toBe(6);
    });
  });

  describe('with an unreachable SMTP server', () => {
    let t: TestApp;
    beforeAll(async () => {
      const closed = await startSmtpServer();
      await closed.close();
      t = await createTestApp({ SMTP_URL: closed.url });
    });
    afterAll(() => t.close());

    it('counts the attempt, records the error and retries later; after five attempts the email is failed', async () => {
      await clearPending(t);
      const id = await t.app
        .get(MailService)
        .enqueue({ to: uniqueEmail(), template: 'test', subject: 'Never arrives', text: 'x' });
      const delivery = t.app.get(OutboxDeliveryService);
      expect(await delivery.deliverPending()).toEqual({ sent: 0, captured: 0, failedAttempts: 1 });
      const first = await state(t, id);
      expect(first).toMatchObject({
        status: 'pending',
        attempts: 1,
        last_error: expect.stringMatching(/ECONNREFUSED|connect/i),
      });
      expect(first.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 20_000);
      expect(await delivery.deliverPending()).toEqual({ sent: 0, captured: 0, failedAttempts: 0 });

      await t.db.query(`UPDATE outbox_emails SET attempts = 4, next_attempt_at = now() WHERE id = $1`, [id]);
      await delivery.deliverPending();
      expect(await state(t, id)).toMatchObject({ status: 'failed', attempts: 5 });
    });
  });

  describe('in production', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ NODE_ENV: 'production' });
      await t.app.get(OutboxWorker).stop();
    });
    afterAll(() => t.close());

    it('has no dev mailbox (404)', async () => {
      await t.http().get('/api/v1/dev/mail').query({ to: 'someone@example.test' }).expect(404);
    });
  });
});

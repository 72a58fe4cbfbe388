import { randomInt } from 'node:crypto';
import type TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { uniqueEmail } from './factories';

export const STRONG_PASSWORD = 'violet kestrel under 42 bridges';

export type Mail = { to_address: string; template: string; subject: string; body_text: string };

/** The newest email to an address with a template, read straight from the outbox table. */
export async function latestMail(db: DataSource, to: string, template: string): Promise<Mail | undefined> {
  const rows: Mail[] = await db.query(
    `SELECT to_address, template, subject, body_text FROM outbox_emails
      WHERE lower(to_address) = lower($1) AND template = $2 ORDER BY created_at DESC LIMIT 1`,
    [to, template],
  );
  return rows[0];
}

export async function mailsTo(db: DataSource, to: string): Promise<Mail[]> {
  return db.query(
    `SELECT to_address, template, subject, body_text FROM outbox_emails WHERE lower(to_address) = lower($1) ORDER BY created_at`,
    [to],
  );
}

/** The token of the link `.../<path>?token=TOKEN` in the newest email of that kind. */
export async function tokenFromMail(
  db: DataSource,
  to: string,
  template: 'verify-email' | 'reset-password',
): Promise<string> {
  const mail = await latestMail(db, to, template);
  const match = new RegExp(`/${template}\\?token=([A-Za-z0-9_%-]+)$`, 'm').exec(mail?.body_text ?? '');
  if (!match?.[1]) throw new Error(`No ${template} link in the mail to ${to}: ${mail?.body_text ?? '(no mail)'}`);
  return decodeURIComponent(match[1]);
}

/** A made-up client address; the app trusts X-Forwarded-For from loopback, so throttling keys differ per test. */
export const fakeClientIp = (): string => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

export type Registered = { email: string; password: string; displayName: string };

/** Registers through the API and verifies through the emailed link. */
export async function registerAndVerify(http: () => TestAgent, db: DataSource, label = 'acct'): Promise<Registered> {
  const account = { email: uniqueEmail(label), password: STRONG_PASSWORD, displayName: `Person ${label}` };
  await http().post('/api/v1/auth/register').send(account).expect(201);
  const token = await tokenFromMail(db, account.email, 'verify-email');
  await http().post('/api/v1/auth/verify-email').send({ token }).expect(200);
  return account;
}

export async function login(http: () => TestAgent, account: { email: string; password: string }): Promise<string> {
  const res = await http()
    .post('/api/v1/auth/login')
    .send({ email: account.email, password: account.password })
    .expect(200);
  return (res.body as { accessToken: string }).accessToken;
}

/** The `name=value` of a Set-Cookie header, and the whole header line. */
export function cookie(
  setCookie: string[] | string | undefined,
  name: string,
): { pair: string; line: string; value: string } | undefined {
  const lines = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const line = lines.find((l) => l.startsWith(`${name}=`));
  if (!line) return undefined;
  const pair = line.split(';')[0] ?? '';
  return { pair, line, value: decodeURIComponent(pair.slice(name.length + 1)) };
}

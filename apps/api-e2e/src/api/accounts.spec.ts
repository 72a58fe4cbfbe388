import type { DevMail, LoginResponse, Me } from '@challenge/contract';
import { randomUUID } from 'node:crypto';
import { api } from '../support/api';

/** Waits for the verification email to reach the development mailbox and returns its token. */
async function verificationToken(email: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const res = await api<DevMail[]>('GET', `/api/v1/dev/mail?to=${encodeURIComponent(email)}`);
    expect(res.status).toBe(200);
    for (const mail of res.body) {
      const token = /verify-email\?token=([A-Za-z0-9_\-.~%]+)/.exec(mail.text)?.[1];
      if (token) return decodeURIComponent(token);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`No verification email for ${email} in /api/v1/dev/mail`);
}

describe('an account, end to end', () => {
  it('registers, verifies by email, signs in, reads itself, signs out and is then refused', async () => {
    const email = `e2e-${randomUUID().slice(0, 8)}@example.test`;
    const password = 'a long and unusual e2e passphrase';

    const registered = await api('POST', '/api/v1/auth/register', {
      body: { email, password, displayName: 'E2E Resident' },
    });
    expect(registered.status).toBe(201);

    const token = await verificationToken(email);
    const verified = await api('POST', '/api/v1/auth/verify-email', { body: { token } });
    expect(verified.status).toBe(200);

    const login = await api<LoginResponse>('POST', '/api/v1/auth/login', { body: { email, password } });
    expect(login.status).toBe(200);
    expect(login.body.accessToken).toEqual(expect.any(String));
    expect(login.body.user.email).toBe(email);
    const accessToken = login.body.accessToken;

    const me = await api<Me>('GET', '/api/v1/me', { token: accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ email, displayName: 'E2E Resident', emailVerified: true });

    const logout = await api('POST', '/api/v1/auth/logout', { token: accessToken });
    expect(logout.status).toBe(204);

    const after = await api('GET', '/api/v1/me', { token: accessToken });
    expect(after.status).toBe(401);
  });
});

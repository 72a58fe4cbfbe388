import { accountExistsMail, resetPasswordMail, tokenLink, verifyEmailMail } from './account-emails';

describe('account emails', () => {
  it('the verification link ends with verify-email?token=TOKEN on the configured site', () => {
    const mail = verifyEmailMail('sam@example.org', 'Sam', 'https://challenges.example.gov.uk/', 'abc_DEF-123');
    expect(mail).toMatchObject({ to: 'sam@example.org', template: 'verify-email' });
    expect(mail.text).toMatch(/^https:\/\/challenges\.example\.gov\.uk\/verify-email\?token=abc_DEF-123$/m);
  });

  it('the reset link ends with reset-password?token=TOKEN', () => {
    const mail = resetPasswordMail('sam@example.org', 'Sam', 'http://localhost:3000', 'tok');
    expect(mail.template).toBe('reset-password');
    expect(mail.text).toMatch(/^http:\/\/localhost:3000\/reset-password\?token=tok$/m);
  });

  it('is written in both languages, the recipient’s first, with the same link in each', () => {
    const welsh = verifyEmailMail('sam@example.org', 'Sam', 'http://localhost:3000', 'tok', 'cy');
    expect(welsh.subject).toBe('Dilyswch eich cyfeiriad e-bost / Verify your email address');
    const [first, second] = welsh.text.split('----------');
    expect(first).toMatch(/^Helo Sam,/);
    expect(second).toMatch(/Hello Sam,/);
    expect(welsh.text.match(/verify-email\?token=tok$/gm)).toHaveLength(2);
    expect(verifyEmailMail('sam@example.org', 'Sam', 'http://x', 'tok').subject).toBe(
      'Verify your email address / Dilyswch eich cyfeiriad e-bost',
    );
  });

  it('a token with unusual characters is escaped in the link', () => {
    expect(tokenLink('http://x', 'verify-email', 'a b&c')).toBe('http://x/verify-email?token=a%20b%26c');
  });

  it('the someone-tried-to-register email contains no link that could take over the account', () => {
    const mail = accountExistsMail('sam@example.org', 'http://localhost:3000');
    expect(mail.template).toBe('account-exists');
    expect(mail.text).not.toMatch(/token=/);
    expect(mail.text).toMatch(/sign in/i);
    expect(mail.text).toMatch(/reset your password/i);
  });
});

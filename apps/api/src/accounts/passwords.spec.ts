import { hashPassword, passwordProblem, verifyPassword } from './passwords';

describe('password rules', () => {
  it('a long, uncommon passphrase is accepted', () => {
    expect(passwordProblem('violet kestrel under 42 bridges', 'sam@example.org')).toBeNull();
  });

  it('a short or common password is refused with a reason', () => {
    expect(passwordProblem('short')).toMatch(/at least 12/);
    expect(passwordProblem('QWERTY123456')).toMatch(/too common/);
  });

  it('a password containing the name part of the email is refused', () => {
    expect(passwordProblem('my name is samantha!', 'samantha@example.org')).toMatch(/email/);
  });

  it('a very short email name does not forbid every password containing those letters', () => {
    expect(passwordProblem('join the journey 2026', 'jo@example.org')).toBeNull();
  });

  it('a hash verifies only its own password, and a malformed hash never verifies', async () => {
    const hash = await hashPassword('violet kestrel under 42 bridges');
    expect(hash).toMatch(/^\$argon2id\$/);
    await expect(verifyPassword(hash, 'violet kestrel under 42 bridges')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'something else entirely')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'anything')).resolves.toBe(false);
  });
});

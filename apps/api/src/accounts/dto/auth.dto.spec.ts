import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { LoginDto, RegisterDto } from './auth.dto';

const problems = (dto: object): Record<string, string[]> =>
  Object.fromEntries(validateSync(dto).map((e) => [e.property, Object.values(e.constraints ?? {})]));

describe('account request rules', () => {
  it('an email is trimmed and lower-cased before it is checked', () => {
    const dto = plainToInstance(RegisterDto, {
      email: '  Sam@Example.ORG ',
      password: 'violet kestrel under 42 bridges',
      displayName: ' Sam ',
    });
    expect(problems(dto)).toEqual({});
    expect(dto.email).toBe('sam@example.org');
    expect(dto.displayName).toBe('Sam');
  });

  it('a new password is refused when short, common, or containing the email name', () => {
    const check = (password: string, email = 'sam@example.org') =>
      problems(plainToInstance(RegisterDto, { email, password, displayName: 'Sam' }))['password'];
    expect(check('short')).toEqual([expect.stringMatching(/at least 12/)]);
    expect(check('Password1234')).toEqual([expect.stringMatching(/too common/)]);
    expect(check('kestrelwatch-2026!', 'kestrelwatch@example.org')).toEqual([expect.stringMatching(/email/)]);
  });

  it('signing in does not apply the new-password rules, so old passwords still work', () => {
    expect(problems(plainToInstance(LoginDto, { email: 'sam@example.org', password: 'short' }))).toEqual({});
    expect(problems(plainToInstance(LoginDto, { email: 'sam@example.org', password: '' }))).toEqual({
      password: [expect.stringMatching(/must not be empty/)],
    });
  });
});

import { loadEnv } from '../config/env';
import { voterKey } from './voter-key';

const SECRET = 'a test secret that is long enough for voting';

describe('voterKey', () => {
  it('is the same for the same email whatever its case or surrounding spaces', () => {
    expect(voterKey(SECRET, ' Resident@Example.TEST ')).toBe(voterKey(SECRET, 'resident@example.test'));
  });

  it('differs between emails and between secrets, and does not contain the email', () => {
    const key = voterKey(SECRET, 'resident@example.test');
    expect(key).not.toBe(voterKey(SECRET, 'other@example.test'));
    expect(key).not.toBe(voterKey(`${SECRET}!`, 'resident@example.test'));
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('VOTER_KEY_SECRET', () => {
  it('must be at least 32 characters', () => {
    expect(() => loadEnv({ VOTER_KEY_SECRET: 'too short' })).toThrow(/VOTER_KEY_SECRET must be at least 32 characters/);
    expect(loadEnv({ VOTER_KEY_SECRET: SECRET }).voterKeySecret).toBe(SECRET);
  });

  it('has a development default outside production, and none in production', () => {
    expect(loadEnv({}).voterKeySecret).toEqual(expect.any(String));
    expect(loadEnv({ NODE_ENV: 'production' }).voterKeySecret).toBeNull();
  });
});

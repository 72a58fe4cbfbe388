import { IsOptional, validate } from 'class-validator';
import { IsEmailAddress } from './validators';

class Probe {
  @IsOptional()
  @IsEmailAddress('email must be an email address')
  email?: unknown;
}

const errorsFor = async (email: unknown): Promise<string[]> => {
  const probe = Object.assign(new Probe(), { email });
  return (await validate(probe)).flatMap((e) => Object.values(e.constraints ?? {}));
};

describe('IsEmailAddress', () => {
  it('refuses a lone surrogate with the field message where isEmail itself throws URI malformed', async () => {
    expect(await errorsFor('\ud800@x.org')).toEqual(['email must be an email address']);
  });

  it('accepts a normal address and refuses non-text', async () => {
    expect(await errorsFor('sam@example.org')).toEqual([]);
    expect(await errorsFor(42)).toEqual(['email must be an email address']);
    expect(await errorsFor({ a: 1 })).toEqual(['email must be an email address']);
  });
});

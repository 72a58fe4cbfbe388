import { networkPrefix } from '../votes/voter-network';
import { PairClaims, PairTokens, voterTagOf } from './pair-token';

const SECRET = 'a test secret that is long enough to use';
const claims: PairClaims = {
  challengeId: '11111111-1111-4111-8111-111111111111',
  voterTag: voterTagOf('voter-key'),
  low: '22222222-2222-4222-8222-222222222222',
  high: '33333333-3333-4333-8333-333333333333',
  expiresAt: 1_900_000_000_000,
};

describe('pair tokens', () => {
  const tokens = new PairTokens(SECRET);

  it('round-trips the claims it signed', () => {
    expect(tokens.verify(tokens.sign(claims))).toEqual(claims);
  });

  it('refuses tokens signed with another secret, altered, truncated or malformed', () => {
    const token = tokens.sign(claims);
    const [version, payload, signature] = token.split('.');
    const altered = Buffer.from(
      JSON.stringify([claims.challengeId, claims.voterTag, claims.low, claims.high, claims.expiresAt + 1]),
    ).toString('base64url');
    expect(new PairTokens(`${SECRET}!`).verify(token)).toBeNull();
    expect(tokens.verify(`${version}.${altered}.${signature}`)).toBeNull();
    expect(tokens.verify(`${version}.${payload}.${signature?.slice(1)}`)).toBeNull();
    expect(tokens.verify(`v2.${payload}.${signature}`)).toBeNull();
    for (const bad of ['', '.', 'v1..', 'v1.e30.', token + '.x']) expect(tokens.verify(bad)).toBeNull();
  });

  it('refuses well-signed payloads that are not a pair (unordered ideas, non-UUIDs)', () => {
    expect(tokens.verify(tokens.sign({ ...claims, low: claims.high, high: claims.low }))).toBeNull();
    expect(tokens.verify(tokens.sign({ ...claims, challengeId: 'nope' }))).toBeNull();
  });

  it('the voter tag is one-way and differs between voters', () => {
    expect(voterTagOf('voter-key')).not.toContain('voter-key');
    expect(voterTagOf('a')).not.toBe(voterTagOf('b'));
  });
});

describe('network prefixes (shared with support votes, so both tables hash networks alike)', () => {
  it.each([
    ['203.0.113.7', '203.0.113.0/24'],
    ['::ffff:203.0.113.7', '203.0.113.0/24'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd::/48'],
    ['2001:0db8::1', '2001:db8:0::/48'],
    ['::1', '0:0:0::/48'],
    ['not an address', null],
  ])('%s → %s', (ip, prefix) => {
    expect(networkPrefix(ip)).toBe(prefix);
  });
});

import { networkHash, networkPrefix } from './voter-network';

const SECRET = 'a test secret that is long enough for voting';

describe('networkPrefix', () => {
  it('reduces IPv4 to its /24, also when Node reports it IPv4-mapped', () => {
    expect(networkPrefix('203.0.113.77')).toBe('203.0.113.0/24');
    expect(networkPrefix('::ffff:203.0.113.5')).toBe('203.0.113.0/24');
    expect(networkPrefix('::FFFF:203.0.113.5')).toBe('203.0.113.0/24');
  });

  it('reduces IPv6 to its /48 whatever the notation', () => {
    expect(networkPrefix('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1::/48');
    expect(networkPrefix('2001:0DB8:0001::abcd')).toBe('2001:db8:1::/48');
    expect(networkPrefix('2001:db8::1')).toBe('2001:db8:0::/48');
    expect(networkPrefix('::1')).toBe('0:0:0::/48');
    expect(networkPrefix('fe80::1%eth0')).toBe('fe80:0:0::/48');
    expect(networkPrefix('64:ff9b:1::198.51.100.1')).toBe('64:ff9b:1::/48');
  });

  it('is null for anything that is not an address', () => {
    for (const junk of ['', 'localhost', '203.0.113', '203.0.113.300', 'not:an:address']) {
      expect(networkPrefix(junk)).toBeNull();
    }
  });
});

describe('networkHash', () => {
  it('is the same across one network and differs between networks and secrets', () => {
    const a = networkHash(SECRET, '203.0.113.1');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(networkHash(SECRET, '203.0.113.254')).toBe(a);
    expect(networkHash(SECRET, '::ffff:203.0.113.9')).toBe(a);
    expect(networkHash(SECRET, '203.0.114.1')).not.toBe(a);
    expect(networkHash(`${SECRET}!`, '203.0.113.1')).not.toBe(a);
    expect(networkHash(SECRET, '2001:db8:1::1')).toBe(networkHash(SECRET, '2001:db8:1:ffff::2'));
  });

  it('never contains the address and is null when there is none', () => {
    expect(networkHash(SECRET, '203.0.113.1')).not.toContain('203');
    expect(networkHash(SECRET, undefined)).toBeNull();
    expect(networkHash(SECRET, 'unknown')).toBeNull();
  });
});

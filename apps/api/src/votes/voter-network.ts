import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The network a vote came from, as a keyed hash: HMAC-SHA256 of the network prefix (IPv4 /24,
 * IPv6 /48) under a key derived from VOTER_KEY_SECRET (HMAC(secret, 'network')). Enough to see many
 * votes from one network; the address itself is never stored, and without the secret the hash
 * cannot be matched to a network. Null when the address is unknown or not an IP address.
 */
export function networkHash(secret: string, ip: string | undefined): string | null {
  const prefix = ip === undefined ? null : networkPrefix(ip);
  if (prefix === null) return null;
  const key = createHmac('sha256', secret).update('network').digest();
  return createHmac('sha256', key).update(prefix).digest('hex');
}

/**
 * `a.b.c.0/24` for IPv4 (including IPv4-mapped IPv6 such as `::ffff:203.0.113.7`, which is how
 * Node reports IPv4 clients of a dual-stack server), `x:y:z::/48` (hex without leading zeros)
 * for IPv6; null for anything else.
 */
export function networkPrefix(ip: string): string | null {
  const address = ip.trim();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)?.[1];
  const v4 = mapped ?? address;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(address)) return null;
  const groups = ipv6Groups(address.split('%')[0] ?? '');
  return `${groups
    .slice(0, 3)
    .map((g) => g.toString(16))
    .join(':')}::/48`;
}

/** The eight 16-bit groups of a valid IPv6 address (`::` expanded, a trailing dotted IPv4 folded in). */
function ipv6Groups(address: string): number[] {
  const withoutV4 = address.replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a: string, b: string, c: string, d: string) => {
    const hex = (x: string, y: string): string => ((Number(x) << 8) | Number(y)).toString(16);
    return `${hex(a, b)}:${hex(c, d)}`;
  });
  const [head = '', tail] = withoutV4.split('::');
  const parse = (part: string): number[] => (part === '' ? [] : part.split(':').map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(Math.max(0, 8 - left.length - right.length)).fill(0), ...right];
}

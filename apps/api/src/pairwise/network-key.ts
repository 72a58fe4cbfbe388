import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * A keyed hash of the network an answer came from (IPv4 /24, IPv6 /48), never the address: enough
 * to see bursts from one network, useless without VOTER_KEY_SECRET. Null when the address is unknown.
 */
export function networkKey(secret: string, ip: string | undefined): string | null {
  const prefix = ip === undefined ? null : networkPrefix(ip);
  if (prefix === null) return null;
  const key = createHmac('sha256', secret).update('network').digest();
  return createHmac('sha256', key).update(prefix).digest('hex');
}

/** `a.b.c.0/24` for IPv4 (also IPv4-mapped IPv6), the first three groups `/48` for IPv6; null otherwise. */
export function networkPrefix(ip: string): string | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const v4 = mapped?.[1] ?? ip;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(ip)) return null;
  const [head = '', tail = ''] = ip.toLowerCase().split('%')[0]?.split('::') ?? [];
  const left = head === '' ? [] : head.split(':');
  const right = ip.includes('::') ? (tail === '' ? [] : tail.split(':')) : [];
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right];
  return `${groups
    .slice(0, 3)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/48`;
}

import { BlockList, isIP } from 'node:net';

/**
 * Which peers may tell us the client's address in X-Forwarded-For: TRUSTED_PROXIES, a
 * comma-separated list of addresses and CIDR ranges ("10.0.0.0/8, 2001:db8::/32, 192.0.2.7"),
 * and the words `loopback` (127.0.0.0/8, ::1) and `private` (10/8, 172.16/12, 192.168/16,
 * fc00::/7). Default: none, so the client is the socket's peer and X-Forwarded-For is ignored.
 */
export interface TrustedProxies {
  trusts(address: string): boolean;
  /** The configuration as read, for the start-up log. */
  readonly description: string;
}

const NAMED: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** Parses TRUSTED_PROXIES; throws on an entry that is not an address, a range or a known word (a typo must not trust everyone or no one silently). */
export function parseTrustedProxies(raw: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (raw ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries.flatMap((entry) => NAMED[entry.toLowerCase()] ?? [entry])) {
    const [address = '', prefix] = entry.split('/');
    const family = isIP(address);
    if (family === 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or range`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const bits = Number(prefix);
    if (!/^\d{1,3}$/.test(prefix) || bits > (family === 4 ? 32 : 128))
      throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    list.addSubnet(address, bits, type);
  }
  return {
    description: entries.length ? entries.join(', ') : 'none',
    trusts(candidate) {
      const address = plainAddress(candidate);
      const family = isIP(address);
      if (family === 0) return false;
      if (list.check(address, family === 4 ? 'ipv4' : 'ipv6')) return true;
      // A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d.
      const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
      return !!mapped && list.check(mapped[1]!, 'ipv4');
    },
  };
}

/** "[2001:db8::1]:443" → "2001:db8::1", "192.0.2.1:8080" → "192.0.2.1", zone ids dropped. */
function plainAddress(raw: string): string {
  const trimmed = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(trimmed);
  if (bracketed) return bracketed[1]!.replace(/%.*$/, '');
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(trimmed);
  if (ipv4WithPort) return ipv4WithPort[1]!;
  return trimmed.replace(/%.*$/, '');
}

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy; then the
 * X-Forwarded-For entries are read from the right (each appended by the proxy in front of it)
 * and the first one not from a trusted proxy is the client. A forged entry a client put at the
 * left is never reached as long as a trusted proxy appended the real one after it.
 */
export function resolveClientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string {
  let client = socketAddress ?? 'unknown';
  if (!trusted.trusts(client)) return client;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const hops = header
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  while (hops.length > 0 && trusted.trusts(client)) client = hops.pop()!;
  return client;
}

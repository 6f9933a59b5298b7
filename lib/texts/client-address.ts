import { isIPv4, isIPv6 } from 'node:net';

/**
 * The client a creation or an edit is counted against (rate limits): the first address in
 * X-Forwarded-For. `next start` fills that header with the socket's remote address when a request
 * arrives without one, so a directly connected client is counted by its socket address; behind a
 * reverse proxy, the first entry is the address the proxy saw. The header is client-supplied
 * when nothing in front overwrites it: a client forging it can spread its requests over made-up
 * addresses. The limits are an abuse brake; for a hard one, put a proxy in front that sets
 * (not appends to) X-Forwarded-For.
 */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first ? rateLimitKey(first) : 'unknown';
}

/**
 * One key per client as a rate limit should see it. An IPv6 host usually owns a whole /64 (and
 * picks new addresses in it at will, RFC 8981), so IPv6 addresses count by their /64 prefix, as
 * "2001:db8:0:1::/64". An IPv4-mapped IPv6 address ("::ffff:192.0.2.1", as a dual-stack socket
 * reports IPv4 clients) is the IPv4 address. Ports, brackets and zone ids are dropped; anything
 * that is not an IP address is kept as sent (cut to 200 characters).
 */
export function rateLimitKey(raw: string): string {
  const address = withoutPort(raw.trim()).toLowerCase();
  if (isIPv4(address)) return address;
  const unzoned = address.replace(/%.*$/, '');
  if (!isIPv6(unzoned)) return raw.trim().slice(0, 200);
  const groups = ipv6Groups(unzoned);
  const isMappedIPv4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (isMappedIPv4) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** "[2001:db8::1]:443" → "2001:db8::1", "192.0.2.1:8080" → "192.0.2.1"; a bare IPv6 address stays as it is. */
function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1]!;
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return ipv4WithPort ? ipv4WithPort[1]! : address;
}

/** The eight 16-bit groups of a valid IPv6 address ("::" expanded, a dotted IPv4 tail as two groups). */
function ipv6Groups(address: string): number[] {
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  let hex = address;
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split('.').map(Number) as [number, number, number, number];
    hex = `${address.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = hex.split('::');
  const parse = (part: string) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  return [...front, ...Array<number>(8 - front.length - back.length).fill(0), ...back];
}

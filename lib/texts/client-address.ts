/**
 * The client a creation is counted against (rate limit): the first address in X-Forwarded-For.
 * `next start` fills that header with the socket's remote address when a request arrives
 * without one, so a directly connected client is counted by its socket address; behind a
 * reverse proxy, the first entry is the address the proxy saw. The header is client-supplied
 * when nothing in front overwrites it: a client forging it can spread its creations over made-up
 * addresses. The limit is an abuse brake; for a hard one, put a proxy in front that sets
 * (not appends to) X-Forwarded-For.
 */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  const first = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return first ? first.slice(0, 200) : 'unknown';
}

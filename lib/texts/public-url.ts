/**
 * The origin people reach this site at, for the absolute URLs a text's owner is shown (the API's
 * `url` and `manageUrl`, the manage link on the text's page): SITE_URL if it is set, otherwise
 * the host the request came to. `next start` puts the Host header into X-Forwarded-Host (and the
 * scheme into X-Forwarded-Proto) when no proxy in front did, so behind a proxy the forwarded
 * values are the public ones. Only the requester sees these URLs: a forged header misleads only
 * the one who forged it. Links themselves are relative, so they work on any host regardless.
 */
export function publicOrigin({
  siteUrl,
  headers,
  fallback,
}: {
  siteUrl: string | undefined;
  headers: Pick<Headers, 'get'>;
  fallback: string;
}): string {
  if (siteUrl) return new URL(siteUrl).origin;
  const host = firstValue(headers.get('x-forwarded-host')) ?? firstValue(headers.get('host'));
  const proto = firstValue(headers.get('x-forwarded-proto'))?.toLowerCase();
  const fallbackUrl = new URL(fallback);
  if (!host || !HOST.test(host)) return fallbackUrl.origin;
  const scheme = proto === 'https' || proto === 'http' ? proto : fallbackUrl.protocol.slice(0, -1);
  return new URL(`${scheme}://${host}`).origin;
}

/** A host name or IPv4 address, or a bracketed IPv6 address, with an optional port: nothing that could carry a path. */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The first entry of a header a chain of proxies may have appended to. */
function firstValue(header: string | null): string | undefined {
  return header?.split(',')[0]?.trim() || undefined;
}

/** `path` (starting with "/", e.g. "/de/texts/…") as an absolute URL at `origin`. */
export function publicUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}

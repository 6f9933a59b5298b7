import { handleCreateText } from '@/lib/api/texts-request';
import { respond } from '@/lib/api/responses';
import { unservedMethods } from '@/lib/api/unserved';
import { config } from '@/lib/config';
import { getRateLimitStore } from '@/lib/rate-limit/store';
import { publicOrigin } from '@/lib/texts/public-url';
import { getTextStore } from '@/lib/texts/store';

export async function POST(request: Request) {
  const origin = publicOrigin({ siteUrl: config().siteUrl?.href, headers: request.headers, fallback: request.url });
  return respond(await handleCreateText(request, { store: getTextStore(), rateLimits: getRateLimitStore(), origin }));
}

const { notAllowed, options } = unservedMethods('POST');
export {
  notAllowed as GET,
  notAllowed as HEAD,
  notAllowed as PUT,
  notAllowed as PATCH,
  notAllowed as DELETE,
  options as OPTIONS,
};

import { handleAnnotateRequest } from '@/lib/api/annotate-request';
import { respond } from '@/lib/api/responses';
import { unservedMethods } from '@/lib/api/unserved';
import { ANNOTATE_LIMIT } from '@/lib/rate-limit/limits';
import { getRateLimitStore } from '@/lib/rate-limit/store';

export async function POST(request: Request) {
  return respond(await handleAnnotateRequest(request, { rateLimits: getRateLimitStore, limit: ANNOTATE_LIMIT }));
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

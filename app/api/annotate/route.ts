import { handleAnnotateRequest } from '@/lib/api/annotate-request';
import { respond } from '@/lib/api/responses';
import { unservedMethods } from '@/lib/api/unserved';
import { ANNOTATE_LIMIT } from '@/lib/texts/rate-limits';
import { getTextStore } from '@/lib/texts/store';

export async function POST(request: Request) {
  return respond(await handleAnnotateRequest(request, { store: getTextStore, limit: ANNOTATE_LIMIT }));
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

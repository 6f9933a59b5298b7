import { handleAnnotateRequest } from '@/lib/api/annotate-request';
import { unservedMethods } from '@/lib/api/unserved';
import { ANNOTATE_LIMIT } from '@/lib/texts/rate-limits';
import { getTextStore } from '@/lib/texts/store';

export async function POST(request: Request) {
  const response = await handleAnnotateRequest(request, { store: getTextStore, limit: ANNOTATE_LIMIT });
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (response.status === 429) headers['Retry-After'] = String(response.retryAfterSeconds);
  return Response.json(response.body, { status: response.status, headers });
}

const { notAllowed, options } = unservedMethods('POST');
export { notAllowed as GET, notAllowed as HEAD, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE, options as OPTIONS };

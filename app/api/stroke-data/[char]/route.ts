import { errorResponse } from '@/lib/api/responses';
import { unservedMethods } from '@/lib/api/unserved';
import { loadStrokeData } from '@/lib/stroke-data';

/** Stroke order data of one character for hanzi-writer on the term page. */
export async function GET(_request: Request, { params }: RouteContext<'/api/stroke-data/[char]'>) {
  const { char } = await params;
  const result = await loadStrokeData(char);
  if (result.status === 'invalid')
    return errorResponse({
      status: 400,
      code: 'invalid_character',
      message: 'Expected exactly one Chinese character.',
    });
  if (result.status === 'missing')
    return errorResponse({ status: 404, code: 'not_found', message: 'No stroke data for this character.' });
  return new Response(result.json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      // The data only changes with the package version.
      'Cache-Control': 'public, max-age=604800, stale-while-revalidate=86400',
    },
  });
}

const { notAllowed, options } = unservedMethods('GET');
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE, options as OPTIONS };

import { health } from '@/lib/api/health';
import { unservedMethods } from '@/lib/api/unserved';

export const dynamic = 'force-dynamic';

export function GET() {
  const { status, body, headers } = health();
  return Response.json(body, { status, headers });
}

const { notAllowed, options } = unservedMethods('GET');
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE, options as OPTIONS };

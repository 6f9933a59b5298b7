import type { NextRequest } from 'next/server';
import { siteUrl } from '@/i18n/metadata';
import { errorResponse } from '@/lib/api/responses';
import { unservedMethods } from '@/lib/api/unserved';
import { parseQrTarget, qrSvg } from '@/lib/share/qr';

/** Our own origins: the configured site, and the host this request came in on (a preview, a test server). */
function allowedOrigins(request: NextRequest): string[] {
  const host = request.headers.get('host');
  return [siteUrl.origin, ...(host ? [`http://${host}`, `https://${host}`] : [])];
}

/** GET /api/qr?url=… → the link as a QR code (SVG), for links to this site only. */
export async function GET(request: NextRequest) {
  const target = parseQrTarget(request.nextUrl.searchParams.get('url'), allowedOrigins(request));
  if (!target.ok) return errorResponse(target.error);
  return new Response(await qrSvg(target.url), {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      // Private: the allowed origins depend on the Host header, which a shared cache may not key on.
      'Cache-Control': 'private, max-age=86400',
    },
  });
}

const { notAllowed, options } = unservedMethods('GET');
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE, options as OPTIONS };

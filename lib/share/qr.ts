import QRCode from 'qrcode';
import { z } from 'zod';
import type { ApiError } from '../api/responses';

/** QR codes of version 40 at level M hold about 2,300 bytes; share links are far shorter. */
export const MAX_QR_URL_LENGTH = 2000;
/** What a QR code of version 40 at level M holds in byte mode: the link as encoded must fit. */
export const MAX_QR_BYTES = 2331;

/** 414: the link is too long for a QR code. */
type QrTarget = { ok: true; url: string } | { ok: false; error: ApiError & { status: 400 | 403 | 414 } };

const urlParam = z.string().min(1).max(MAX_QR_URL_LENGTH);

/**
 * Validates the `url` parameter of a QR request: an absolute http(s) URL on one of our own
 * origins (so the endpoint cannot be used to make QR codes for other sites), without credentials.
 */
export function parseQrTarget(raw: string | null, allowedOrigins: readonly string[]): QrTarget {
  const parsed = urlParam.safeParse(raw);
  if (!parsed.success) {
    const tooLong = typeof raw === 'string' && raw.length > MAX_QR_URL_LENGTH;
    return fail(
      tooLong ? 414 : 400,
      tooLong ? 'url_too_long' : 'missing_url',
      tooLong
        ? `The url parameter is longer than ${MAX_QR_URL_LENGTH} characters.`
        : 'Give the link as the url parameter: /api/qr?url=…',
    );
  }
  let url: URL;
  try {
    url = new URL(parsed.data);
  } catch {
    return fail(400, 'invalid_url', 'The url parameter is not an absolute URL.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return fail(400, 'invalid_url', 'Only http and https links are encoded.');
  if (url.username || url.password || !allowedOrigins.includes(url.origin)) {
    return fail(403, 'foreign_url', 'Only links to this site are encoded.');
  }
  // Characters outside ASCII are percent-encoded in the link: 中 is 9 bytes of it.
  if (Buffer.byteLength(url.href) > MAX_QR_BYTES) {
    return fail(
      414,
      'url_too_long',
      `The link, percent-encoded, is ${Buffer.byteLength(url.href)} bytes long; a QR code holds at most ${MAX_QR_BYTES}. Share a shorter link.`,
    );
  }
  return { ok: true, url: url.href };
}

function fail(status: 400 | 403 | 414, code: string, message: string): QrTarget {
  return { ok: false, error: { status, code, message } };
}

/** The QR code as SVG, black on white with the standard quiet zone, scalable for a projector. */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 4,
    color: { dark: '#000000', light: '#ffffff' },
  });
}

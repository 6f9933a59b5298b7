/**
 * The headers every answer carries (next.config.ts sets them on Next's answers; the HTTP server
 * in server.ts on its own answers and on any of Next's that lack them, e.g. an error page).
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The policy of answers that are data, not pages (API answers, the server's own error answers). */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

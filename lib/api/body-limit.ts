/**
 * The largest request body the site accepts: 1 MiB. 100 000 characters of Chinese (the longest
 * text) are 300 KB of UTF-8 and JSON escaping can double that. The one value behind the server's
 * default (MAX_BODY_BYTES, lib/server/config), the JSON APIs and the paste form (Next's server
 * action limit, '1mb', is the same).
 */
export const BODY_LIMIT_BYTES = 1024 * 1024;

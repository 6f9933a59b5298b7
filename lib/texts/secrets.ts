import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 16 random bytes (128 bits) in base64url: 22 URL-safe characters (see isTextId). */
export function newTextId(): string {
  return randomBytes(16).toString('base64url');
}

/** The manage token: 32 random bytes (256 bits), base64url. Shown once, stored only as its hash. */
export function newManageToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of the token, hex. A plain hash suffices: the token is random, not a password. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares in constant time (hash against hash, both 32 bytes), whatever the candidate's length. */
export function tokenMatches(candidate: string | null | undefined, tokenHash: string): boolean {
  if (!candidate || !TOKEN_PATTERN.test(candidate)) return false;
  const expected = Buffer.from(tokenHash, 'hex');
  const actual = createHash('sha256').update(candidate, 'utf8').digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

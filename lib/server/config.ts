import { z } from 'zod';
import { parseTrustedProxies, type TrustedProxies } from './trusted-proxies';

/** Limits of the HTTP server (server.ts), each set by an environment variable (README, Configuration). */
export interface ServerConfig {
  /** MAX_BODY_BYTES: largest request body of any request, refused by Content-Length at once and cut off while streaming. */
  maxBodyBytes: number;
  /** BODY_TIMEOUT_MS: a request body must arrive completely within this time, or 408. */
  bodyTimeoutMs: number;
  /** HEADERS_TIMEOUT_MS: the request head must arrive within this time (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** TRUSTED_PROXIES: peers whose X-Forwarded-For is believed (lib/server/trusted-proxies). */
  trustedProxies: TrustedProxies;
}

const whole = (fallback: number, min: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min))
    .optional()
    .transform((value) => value ?? fallback);

const schema = z.object({
  MAX_BODY_BYTES: whole(1024 * 1024, 1024),
  BODY_TIMEOUT_MS: whole(10_000, 100),
  HEADERS_TIMEOUT_MS: whole(10_000, 100),
  TRUSTED_PROXIES: z.string().optional(),
});

/** Reads the configuration; throws with every problem named, so a typo stops the start instead of weakening a limit. */
export function serverConfig(env: Record<string, string | undefined> = process.env): ServerConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new Error(`Invalid server configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
  }
  const { MAX_BODY_BYTES, BODY_TIMEOUT_MS, HEADERS_TIMEOUT_MS, TRUSTED_PROXIES } = parsed.data;
  return { maxBodyBytes: MAX_BODY_BYTES, bodyTimeoutMs: BODY_TIMEOUT_MS, headersTimeoutMs: HEADERS_TIMEOUT_MS, trustedProxies: parseTrustedProxies(TRUSTED_PROXIES) };
}

import path from 'node:path';
import { z } from 'zod';
import { BODY_LIMIT_BYTES } from '../api/body-limit';
import { parseTrustedProxies, type TrustedProxies } from '../server/trusted-proxies';
import { CREATIONS_PER_MINUTE, EDITS_PER_MINUTE } from '../texts/limits';
import type { RateLimit } from '../rate-limit/types';

/**
 * Every environment variable the server reads, validated in one place (README, Configuration).
 * Pure and framework-free: `lib/config/index.ts` reads the process's environment once (server
 * code); next.config.ts, proxy.ts, server.ts and the scripts use `parseConfig` or `distDir`
 * directly, since they run where `server-only` cannot be imported.
 */
export interface AppConfig {
  /** NODE_ENV (set by Next): production builds enforce the CSP and annotate in a worker thread. */
  production: boolean;
  /** SITE_URL: the public origin for canonical URLs, the sitemap and the owner's links; null = the request's host (canonical URLs: http://localhost:3000). */
  siteUrl: URL | null;
  /** NEXT_DIST_DIR: Next's output folder, relative to the working directory. */
  distDir: string;
  /** PORT and HOSTNAME of server.ts (its -p / -H options win). */
  port: number;
  hostname: string | undefined;
  /** DATA_DIR, absolute: where SQLite keeps texts.sqlite when DATABASE_URL is unset. */
  dataDir: string;
  /** DATABASE_URL: a postgres:// or postgresql:// URL, or null for SQLite. */
  databaseUrl: string | null;
  /** Limits of the HTTP server (lib/server/gated-server). */
  server: ServerConfig;
  /** Per client and minute; null = no limit (0 in the environment, e.g. for a load test). */
  rateLimits: { creations: RateLimit | null; edits: RateLimit | null; annotate: RateLimit | null };
}

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

/**
 * Every limit counts in the rate-limit store's one table of timestamped requests per client
 * (lib/rate-limit, `take`), which prunes every entry older than the window it is called with: the
 * windows must be equal.
 */
export const RATE_WINDOW_MS = 60_000;

/** Unset and empty both mean "the default". */
type Env = Record<string, string | undefined>;

const whole = (fallback: number, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .regex(
      /^\d+$/,
      `must be a whole number (${min} to ${max === Number.MAX_SAFE_INTEGER ? 'any' : max}); default ${fallback}`,
    )
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
    .optional()
    .transform((value) => value ?? fallback);

const perMinute = (fallback: number) =>
  whole(fallback, 0).transform((limit): RateLimit | null => (limit === 0 ? null : { limit, windowMs: RATE_WINDOW_MS }));

const httpUrl = z
  .string()
  .trim()
  .refine(
    (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
    'must be an absolute http:// or https:// URL, e.g. https://reader.example',
  )
  .transform((value) => new URL(value));

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//i.test(value), {
    // The URL is not echoed: it may hold a password.
    error: (issue) =>
      `must be a postgres:// or postgresql:// URL (or unset for SQLite under DATA_DIR); got "${String(issue.input).trim().split(':')[0]}:…"`,
  });

const trustedProxies = z
  .string()
  .optional()
  .transform((value, context) => {
    try {
      return parseTrustedProxies(value);
    } catch (error) {
      context.addIssue({
        code: 'custom',
        message:
          (error as Error).message.replace(/^TRUSTED_PROXIES: /, '') +
          ' (expected addresses, CIDR ranges, "loopback" or "private", comma-separated)',
      });
      return z.NEVER;
    }
  });

const schema = z.object({
  NODE_ENV: z.string().optional(),
  SITE_URL: httpUrl.optional(),
  NEXT_DIST_DIR: z.string().trim().optional(),
  PORT: whole(3000, 1, 65_535),
  HOSTNAME: z.string().trim().optional(),
  DATA_DIR: z.string().optional(),
  DATABASE_URL: postgresUrl.optional(),
  MAX_BODY_BYTES: whole(BODY_LIMIT_BYTES, 1024),
  BODY_TIMEOUT_MS: whole(10_000, 100),
  HEADERS_TIMEOUT_MS: whole(10_000, 100),
  TRUSTED_PROXIES: trustedProxies,
  TEXT_CREATIONS_PER_MINUTE: perMinute(CREATIONS_PER_MINUTE),
  TEXT_EDITS_PER_MINUTE: perMinute(EDITS_PER_MINUTE),
  ANNOTATE_REQUESTS_PER_MINUTE: perMinute(120),
});

/** Thrown for a bad environment: one line per variable, naming it and what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The configuration in `env`; throws a ConfigError naming every bad variable, so a typo stops the start instead of weakening a limit. */
export function parseConfig(env: Env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([key, value]) => key in schema.shape && value !== undefined && value.trim() !== ''),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration in the environment:\n${problems.join('\n')}`);
  }
  const value = parsed.data;
  return {
    production: value.NODE_ENV === 'production',
    siteUrl: value.SITE_URL ?? null,
    distDir: distDir(env),
    port: value.PORT,
    hostname: value.HOSTNAME || undefined,
    // turbopackIgnore: a run-time location, nothing to trace into the build.
    dataDir: path.resolve(/*turbopackIgnore: true*/ value.DATA_DIR || 'data'),
    databaseUrl: value.DATABASE_URL ?? null,
    server: {
      maxBodyBytes: value.MAX_BODY_BYTES,
      bodyTimeoutMs: value.BODY_TIMEOUT_MS,
      headersTimeoutMs: value.HEADERS_TIMEOUT_MS,
      trustedProxies: value.TRUSTED_PROXIES,
    },
    rateLimits: {
      creations: value.TEXT_CREATIONS_PER_MINUTE,
      edits: value.TEXT_EDITS_PER_MINUTE,
      annotate: value.ANNOTATE_REQUESTS_PER_MINUTE,
    },
  };
}

/** NEXT_DIST_DIR, else .next: for next.config.ts and the build scripts, which need nothing else. */
export function distDir(env: Env): string {
  return env.NEXT_DIST_DIR?.trim() || '.next';
}

/** The origin canonical URLs, the sitemap and share links name when SITE_URL is unset. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';

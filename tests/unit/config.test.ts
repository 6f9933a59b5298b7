import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, distDir, parseConfig } from '@/lib/config/schema';

describe('configuration from the environment (lib/config)', () => {
  it('has a default for every variable', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      production: false,
      siteUrl: null,
      distDir: '.next',
      port: 3000,
      hostname: undefined,
      dataDir: path.join(process.cwd(), 'data'),
      databaseUrl: null,
      server: { maxBodyBytes: 1024 * 1024, bodyTimeoutMs: 10_000, headersTimeoutMs: 10_000 },
      rateLimits: {
        creations: { limit: 30, windowMs: 60_000 },
        edits: { limit: 20, windowMs: 60_000 },
        annotate: { limit: 120, windowMs: 60_000 },
      },
    });
    expect(config.server.trustedProxies.trusts('127.0.0.1')).toBe(false);
    // Empty is unset.
    expect(parseConfig({ SITE_URL: '', PORT: ' ', DATABASE_URL: '' })).toMatchObject({
      siteUrl: null,
      port: 3000,
      databaseUrl: null,
    });
  });

  it('reads every variable it knows', () => {
    const config = parseConfig({
      NODE_ENV: 'production',
      SITE_URL: 'https://reader.example/',
      NEXT_DIST_DIR: '.next-a',
      PORT: '8080',
      HOSTNAME: '0.0.0.0',
      DATA_DIR: 'tmp/texts',
      DATABASE_URL: 'postgresql://app@db/texts',
      MAX_BODY_BYTES: '2048',
      BODY_TIMEOUT_MS: '500',
      HEADERS_TIMEOUT_MS: '700',
      TRUSTED_PROXIES: 'loopback',
      TEXT_CREATIONS_PER_MINUTE: '3',
      TEXT_EDITS_PER_MINUTE: '0',
      ANNOTATE_REQUESTS_PER_MINUTE: '10',
    });
    expect(config).toMatchObject({
      production: true,
      distDir: '.next-a',
      port: 8080,
      hostname: '0.0.0.0',
      dataDir: path.join(process.cwd(), 'tmp', 'texts'),
      databaseUrl: 'postgresql://app@db/texts',
      server: { maxBodyBytes: 2048, bodyTimeoutMs: 500, headersTimeoutMs: 700 },
      rateLimits: { creations: { limit: 3, windowMs: 60_000 }, edits: null, annotate: { limit: 10, windowMs: 60_000 } },
    });
    expect(config.siteUrl?.origin).toBe('https://reader.example');
    expect(config.server.trustedProxies.trusts('127.0.0.1')).toBe(true);
    expect(distDir({ NEXT_DIST_DIR: '.next-b' })).toBe('.next-b');
  });

  it.each([
    ['SITE_URL', 'reader.example', /SITE_URL: must be an absolute http:\/\/ or https:\/\/ URL/],
    ['SITE_URL', 'ftp://reader.example', /SITE_URL: must be an absolute http/],
    ['PORT', '80a', /PORT: must be a whole number \(1 to 65535\)/],
    ['PORT', '70000', /PORT: .*65535/],
    ['MAX_BODY_BYTES', '1mb', /MAX_BODY_BYTES: must be a whole number/],
    ['BODY_TIMEOUT_MS', '5', /BODY_TIMEOUT_MS: .*100/],
    [
      'TRUSTED_PROXIES',
      'lopback',
      /TRUSTED_PROXIES: "lopback" is not an IP address or range \(expected addresses, CIDR ranges/,
    ],
    ['TEXT_CREATIONS_PER_MINUTE', '-1', /TEXT_CREATIONS_PER_MINUTE: must be a whole number/],
    ['TEXT_EDITS_PER_MINUTE', 'twenty', /TEXT_EDITS_PER_MINUTE: must be a whole number/],
    ['ANNOTATE_REQUESTS_PER_MINUTE', '1.5', /ANNOTATE_REQUESTS_PER_MINUTE: must be a whole number/],
  ])('stops at %s=%s, naming the variable and what it expects', (name, value, message) => {
    expect(() => parseConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => parseConfig({ [name]: value })).toThrow(message);
  });

  it('does not echo a database URL that may hold a password', () => {
    expect(() => parseConfig({ DATABASE_URL: 'mysql://app:secret@db/texts' })).toThrow(
      /DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL .*got "mysql:…"/,
    );
    expect(() => parseConfig({ DATABASE_URL: 'mysql://app:secret@db/texts' })).not.toThrow(/secret/);
  });

  it('names every bad variable at once', () => {
    expect(() => parseConfig({ PORT: 'x', SITE_URL: 'y' })).toThrow(/PORT: .*\n.*SITE_URL: |SITE_URL: .*\n.*PORT: /);
  });

  it('ignores variables that are not its own', () => {
    expect(() => parseConfig({ PATH: '/usr/bin', TERM: 'dumb' })).not.toThrow();
  });
});

import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config/schema';

const serverConfig = (env: Record<string, string>) => parseConfig(env).server;
import { gateRequest, startsLikeMultipart } from '@/lib/server/request-gate';
import { parseTrustedProxies, resolveClientAddress } from '@/lib/server/trusted-proxies';

const LIMIT = 1024 * 1024;
const gate = (method: string, url: string, headers: Record<string, string> = {}) =>
  gateRequest({ method, url, headers }, LIMIT);
const statusOf = (decision: ReturnType<typeof gate>) =>
  decision.action === 'answer' ? decision.answer.status : 'pass';

describe('gateRequest', () => {
  it('refuses a declared body over the limit at once, with our headers; the paste form goes back to the form', () => {
    const refused = gate('POST', '/api/annotate', {
      'content-length': String(2 * LIMIT),
      'content-type': 'application/json',
    });
    expect(refused.action === 'answer' && refused.answer).toMatchObject({
      status: 413,
      headers: { 'X-Content-Type-Options': 'nosniff', Connection: 'close' },
    });
    expect(refused.action === 'answer' && JSON.parse(refused.answer.body)).toMatchObject({
      error: { code: 'payload_too_large' },
    });
    const form = gate('POST', '/en/texts/new?x=1', { 'content-length': String(2 * LIMIT) });
    expect(form.action === 'answer' && form.answer).toMatchObject({
      status: 303,
      headers: { Location: '/en/texts/new#too-large' },
    });
    expect(statusOf(gate('POST', '/api/annotate', { 'content-length': String(LIMIT) }))).toBe('pass');
  });

  it('answers malformed requests with a 4xx instead of handing them to Next', () => {
    expect(statusOf(gate('TRACE', '/de'))).toBe(405);
    expect(statusOf(gate('OPTIONS', '*'))).toBe(400);
    expect(statusOf(gate('POST', '/de/texts/new', { 'content-length': '12abc' }))).toBe(400);
    expect(
      statusOf(gate('POST', '/de/texts/new', { 'content-type': 'multipart/form-data', 'content-length': '5' })),
    ).toBe(400);
    expect(
      statusOf(
        gate('POST', '/de/texts/new', { 'next-action': 'x', origin: 'https://evil.example', host: 'reader.example' }),
      ),
    ).toBe(403);
    expect(
      statusOf(
        gate('POST', '/de/texts/new', { 'next-action': 'x', origin: 'https://reader.example', host: 'reader.example' }),
      ),
    ).toBe('pass');
    expect(statusOf(gate('GET', '/de/articles/xiaomi-2018'))).toBe('pass');
  });

  it('knows a multipart body by its first bytes', () => {
    expect(startsLikeMultipart(Buffer.from('--abc\r\nContent-Disposition'), 'abc')).toBe(true);
    expect(startsLikeMultipart(Buffer.from('\r\n--abc\r\n'), 'abc')).toBe(true);
    expect(startsLikeMultipart(Buffer.from('--a'), 'abc')).toBeNull();
    expect(startsLikeMultipart(Buffer.from('garbage'), 'abc')).toBe(false);
  });
});

describe('resolveClientAddress', () => {
  it('ignores X-Forwarded-For without trusted proxies: the socket address is the client', () => {
    const none = parseTrustedProxies(undefined);
    expect(resolveClientAddress('203.0.113.9', '198.51.100.1', none)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:127.0.0.1', '198.51.100.1', none)).toBe('::ffff:127.0.0.1');
  });

  it('reads X-Forwarded-For from the right, through trusted proxies only', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, loopback');
    // A client forged the first entry; the proxy appended the address it saw.
    expect(resolveClientAddress('10.0.0.2', '1.2.3.4, 203.0.113.9', trusted)).toBe('203.0.113.9');
    expect(resolveClientAddress('::ffff:127.0.0.1', '198.51.100.1', trusted)).toBe('198.51.100.1');
    expect(resolveClientAddress('10.0.0.2', '1.2.3.4, 203.0.113.9, 10.0.0.7', trusted)).toBe('203.0.113.9');
    expect(resolveClientAddress('10.0.0.2', undefined, trusted)).toBe('10.0.0.2');
    expect(resolveClientAddress('203.0.113.9', '10.0.0.1', trusted)).toBe('203.0.113.9');
  });

  it('refuses a TRUSTED_PROXIES entry it cannot read', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/prefix/);
    expect(() => parseTrustedProxies('proxy.example')).toThrow(/not an IP/);
    expect(parseTrustedProxies('private').trusts('192.168.1.1')).toBe(true);
    expect(parseTrustedProxies('private').trusts('8.8.8.8')).toBe(false);
  });
});

describe('serverConfig', () => {
  it('reads every limit from the environment, with defaults, and refuses a typo', () => {
    expect(serverConfig({})).toMatchObject({
      maxBodyBytes: 1024 * 1024,
      bodyTimeoutMs: 10_000,
      headersTimeoutMs: 10_000,
    });
    expect(serverConfig({ MAX_BODY_BYTES: '2048', BODY_TIMEOUT_MS: '500', TRUSTED_PROXIES: 'loopback' })).toMatchObject(
      { maxBodyBytes: 2048, bodyTimeoutMs: 500 },
    );
    expect(() => serverConfig({ MAX_BODY_BYTES: '1mb' })).toThrow(/MAX_BODY_BYTES/);
  });
});

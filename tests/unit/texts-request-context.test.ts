import { describe, expect, it } from 'vitest';
import { clientAddress, rateLimitKey } from '@/lib/texts/client-address';
import { MANAGE_COOKIE, manageCookiePath, manageCookieValue, manageTokenFromCookie } from '@/lib/texts/paths';
import { publicOrigin, publicUrl } from '@/lib/texts/public-url';

const xff = (value: string) => clientAddress(new Headers({ 'x-forwarded-for': value }));

describe('the client a request is counted against', () => {
  it('counts an IPv6 address by its /64 prefix, however it is written', () => {
    const samePrefix = [
      '2001:db8:85a3:7::1',
      '2001:DB8:85A3:7:ffff:ffff:ffff:fffe',
      '2001:0db8:85a3:0007:0:0:0:0',
      '[2001:db8:85a3:7::abcd]:443',
      '2001:db8:85a3:7::9%eth0',
    ];
    expect(samePrefix.map(xff)).toEqual(Array(5).fill('2001:db8:85a3:7::/64'));
    expect(xff('2001:db8:85a3:8::1')).toBe('2001:db8:85a3:8::/64');
    expect(xff('::1')).toBe('0:0:0:0::/64');
    expect(xff('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
  });

  it('counts an IPv4-mapped IPv6 address as the IPv4 address, without its port', () => {
    expect(xff('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(xff('::FFFF:c000:0201')).toBe('192.0.2.1');
    expect(xff('[::ffff:192.0.2.1]:8080')).toBe('192.0.2.1');
    expect(xff('192.0.2.1:8080')).toBe('192.0.2.1');
  });

  it('takes the first X-Forwarded-For entry and keeps what is not an address as sent', () => {
    expect(xff(' 203.0.113.9 , 10.0.0.1')).toBe('203.0.113.9');
    expect(xff('2001:db8::1, 10.0.0.1')).toBe('2001:db8:0:0::/64');
    expect(xff('unknown-host')).toBe('unknown-host');
    expect(rateLimitKey('x'.repeat(300))).toHaveLength(200);
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});

describe('the public origin of the owner links', () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  const fallback = 'http://localhost:3000/api/texts';

  it('is SITE_URL when set, whatever the request says', () => {
    expect(
      publicOrigin({ siteUrl: 'https://reader.example/sub/', headers: headers({ host: 'evil.example' }), fallback }),
    ).toBe('https://reader.example');
  });

  it('is the forwarded host and scheme, else the Host header', () => {
    expect(
      publicOrigin({
        siteUrl: undefined,
        headers: headers({ host: '10.0.0.5:3000', 'x-forwarded-host': 'reader.example', 'x-forwarded-proto': 'https' }),
        fallback,
      }),
    ).toBe('https://reader.example');
    expect(publicOrigin({ siteUrl: '', headers: headers({ host: '127.0.0.1:3205' }), fallback })).toBe(
      'http://127.0.0.1:3205',
    );
    expect(
      publicOrigin({
        siteUrl: undefined,
        headers: headers({ 'x-forwarded-host': 'a.example, proxy.internal', 'x-forwarded-proto': 'https,http' }),
        fallback,
      }),
    ).toBe('https://a.example');
    expect(publicOrigin({ siteUrl: undefined, headers: headers({ host: '[::1]:3000' }), fallback })).toBe(
      'http://[::1]:3000',
    );
  });

  it('falls back when the host is missing or could carry more than a host', () => {
    expect(publicOrigin({ siteUrl: undefined, headers: headers({}), fallback })).toBe('http://localhost:3000');
    expect(publicOrigin({ siteUrl: undefined, headers: headers({ host: 'evil.example/path?x=' }), fallback })).toBe(
      'http://localhost:3000',
    );
    expect(publicOrigin({ siteUrl: undefined, headers: headers({ host: 'user@evil.example' }), fallback })).toBe(
      'http://localhost:3000',
    );
    expect(
      publicOrigin({
        siteUrl: undefined,
        headers: headers({ host: 'reader.example', 'x-forwarded-proto': 'javascript' }),
        fallback,
      }),
    ).toBe('http://reader.example');
  });

  it('makes a path absolute at the origin', () => {
    expect(publicUrl('https://reader.example', '/de/texts/AAAAAAAAAAAAAAAAAAAAAA/manage?token=abc')).toBe(
      'https://reader.example/de/texts/AAAAAAAAAAAAAAAAAAAAAA/manage?token=abc',
    );
  });
});

describe('the manage cookie', () => {
  const id = 'AAAAAAAAAAAAAAAAAAAAAA';
  const token = 'b'.repeat(43);

  it('holds the latest text only: one name, the token only for that text', () => {
    expect(MANAGE_COOKIE).toBe('text_manage');
    const value = manageCookieValue(id, token);
    expect(manageTokenFromCookie(value, id)).toBe(token);
    expect(manageTokenFromCookie(value, 'BBBBBBBBBBBBBBBBBBBBBB')).toBeNull();
    expect(manageTokenFromCookie(undefined, id)).toBeNull();
    expect(manageTokenFromCookie(`.${token}`, '')).toBeNull();
  });

  it('is sent only to the text pages of one language', () => {
    expect(manageCookiePath('de')).toBe('/de/texts');
  });
});

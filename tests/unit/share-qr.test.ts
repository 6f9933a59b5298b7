import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { MAX_QR_BYTES, MAX_QR_URL_LENGTH, parseQrTarget, qrSvg } from '@/lib/share/qr';

const ours = ['https://reader.example', 'http://localhost:3203'];

describe('parseQrTarget', () => {
  it('accepts a link to one of our origins', () => {
    expect(
      parseQrTarget('https://reader.example/de/articles/xiaomi-2018?ruby=off&term=%E9%9B%B7%E5%86%9B', ours),
    ).toEqual({
      ok: true,
      url: 'https://reader.example/de/articles/xiaomi-2018?ruby=off&term=%E9%9B%B7%E5%86%9B',
    });
    expect(parseQrTarget('http://localhost:3203/articles/xiaomi-2018', ours)).toEqual({
      ok: true,
      url: 'http://localhost:3203/articles/xiaomi-2018',
    });
  });

  it.each([
    [null, 400, 'missing_url'],
    ['', 400, 'missing_url'],
    ['/de/articles/xiaomi-2018', 400, 'invalid_url'],
    ['javascript:alert(1)', 400, 'invalid_url'],
    [`https://reader.example/${'a'.repeat(MAX_QR_URL_LENGTH)}`, 414, 'url_too_long'],
    // Under the length limit as given, over what a QR code holds once percent-encoded.
    [`https://reader.example/de?q=${'中'.repeat(300)}`, 414, 'url_too_long'],
    ['https://evil.example/de', 403, 'foreign_url'],
    ['https://reader.example.evil.example/de', 403, 'foreign_url'],
    ['http://reader.example/de', 403, 'foreign_url'],
    ['https://user:pw@reader.example/de', 403, 'foreign_url'],
  ])('refuses %j with %i %s', (raw, status, code) => {
    const result = parseQrTarget(raw, ours);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.status, result.error.code]).toEqual([status, code]);
  });
});

describe('qrSvg', () => {
  it('encodes the longest link parseQrTarget lets through', async () => {
    const url = `https://reader.example/de?q=${'%E4'.repeat(Math.floor((Math.min(MAX_QR_BYTES, MAX_QR_URL_LENGTH) - 28) / 3))}`;
    const target = parseQrTarget(url, ['https://reader.example']);
    expect(target.ok).toBe(true);
    await expect(qrSvg(target.ok ? target.url : '')).resolves.toContain('<svg');
  });

  it('draws the QR code of the link with a four-module quiet zone', async () => {
    const link = 'https://reader.example/de/articles/xiaomi-2018?ruby=off';
    const svg = await qrSvg(link);
    const size = QRCode.create(link, { errorCorrectionLevel: 'M' }).modules.size;
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size + 8} ${size + 8}"`));
    expect(svg).not.toMatch(/<script/i);
  });
});

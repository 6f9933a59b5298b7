import { describe, expect, it } from 'vitest';
import { annotateText } from '@/lib/texts/annotation';
import { clientAddress } from '@/lib/texts/client-address';
import { documentLang } from '@/lib/texts/document-lang';
import { validateSourceUrl, validateText, validateTitle } from '@/lib/texts/input';
import { countChars } from '@/lib/texts/limits';
import { isOversizedTextForm } from '@/lib/texts/page-access';
import { parseReadingInput } from '@/lib/texts/readings';
import { isKnownPage } from '@/lib/routing/known-pages';

describe('source URL', () => {
  it.each([
    ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['  http://example.org  ', 'http://example.org/'],
    ['https://example.org/?q=<script>alert(1)</script>', 'https://example.org/?q=%3Cscript%3Ealert(1)%3C/script%3E'],
    ['', null],
    [null, null],
  ])('accepts %j as %j', (raw, expected) => {
    expect(validateSourceUrl(raw)).toEqual({ ok: true, value: expected });
  });

  // OWASP filter evasion: script URLs in every spelling, and anything that is not an absolute http(s) address.
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java&#x09;script:alert(1)',
    'jav&#x0A;ascript:alert(1)',
    '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '//evil.example/x',
    '/relative/path',
    'ftp://example.org/file',
    'http://',
  ])('rejects %j', (raw) => {
    expect(validateSourceUrl(raw)).toMatchObject({
      ok: false,
      error: { status: 400, code: 'invalid_source_url', field: 'sourceUrl' },
    });
  });

  it('rejects addresses over 2 000 characters', () => {
    expect(validateSourceUrl(`https://example.org/${'a'.repeat(1_981)}`)).toMatchObject({
      ok: false,
      error: { code: 'invalid_source_url' },
    });
    expect(validateSourceUrl(`https://example.org/${'a'.repeat(1_980)}`)).toMatchObject({ ok: true });
  });
});

describe('title and text', () => {
  it('makes the title one line and allows 200 characters', () => {
    expect(validateTitle(' Über\n\t华为  heute ')).toEqual({ ok: true, value: 'Über 华为 heute' });
    expect(validateTitle('𠀀'.repeat(200))).toMatchObject({ ok: true });
    expect(validateTitle('a'.repeat(201))).toMatchObject({ ok: false, error: { status: 400, code: 'title_too_long' } });
  });

  it('normalizes line breaks and lone surrogates, refuses whitespace only', () => {
    expect(validateText('a\r\nb\rc\n')).toEqual({ ok: true, value: 'a\nb\nc\n' });
    expect(validateText('x\uD800y')).toEqual({ ok: true, value: 'x\uFFFDy' });
    expect(validateText('x\u0000y')).toEqual({ ok: true, value: 'x\uFFFDy' });
    expect(validateTitle('x\u0000y')).toEqual({ ok: true, value: 'x\uFFFDy' });
    expect(validateText(' \n\t\u3000 ')).toMatchObject({ ok: false, error: { status: 400, code: 'empty_text' } });
  });

  it('counts code points, one per line break', () => {
    expect(countChars('华为\r\n😀')).toBe(4);
  });
});

describe('reading corrections', () => {
  it('takes tone marks as well as tone numbers, separated or run together', () => {
    for (const typed of ['dōu huì', 'Dōuhuì', 'dou1 hui4', 'dōu hui4', 'dōu  huì ']) {
      expect(parseReadingInput('都会', typed)).toEqual({ ok: true, value: { hanzi: '都会', pinyin: 'dou1 hui4' } });
    }
    expect(parseReadingInput('西安', "xī'ān")).toEqual({ ok: true, value: { hanzi: '西安', pinyin: 'xi1 an1' } });
    expect(parseReadingInput('朋友', 'péng you5')).toEqual({
      ok: true,
      value: { hanzi: '朋友', pinyin: 'peng2 you5' },
    });
  });

  it('normalizes numbered pinyin and checks one syllable per character', () => {
    expect(parseReadingInput(' 华为 ', ' Hua2   wei2 ')).toEqual({
      ok: true,
      value: { hanzi: '华为', pinyin: 'hua2 wei2' },
    });
    expect(parseReadingInput('女', 'nv3')).toEqual({ ok: true, value: { hanzi: '女', pinyin: 'nü3' } });
    for (const [hanzi, pinyin] of [
      ['华为', 'hua2'],
      ['华为', 'hua wei'],
      ['华为', 'huawei'],
      ['华为', 'huá wei'],
      ['华为', 'hua2 wei2 x'],
    ] as const) {
      expect(parseReadingInput(hanzi, pinyin)).toMatchObject({
        ok: false,
        error: { code: 'invalid_reading', field: 'reading' },
      });
    }
    // Not a term: the error belongs to the term, not to the pinyin.
    for (const hanzi of ['Huawei', ''])
      expect(parseReadingInput(hanzi, 'hua2 wei2')).toMatchObject({
        ok: false,
        error: { code: 'invalid_term', field: 'hanzi' },
      });
  });
});

describe('document language', () => {
  it('tells German, English and Chinese (simplified or traditional) apart', async () => {
    const lang = async (text: string) => {
      const annotation = await annotateText('', text, {});
      return documentLang(text, annotation.paragraphs, annotation.terms);
    };
    expect(await lang('Der Gründer von 华为 ist 任正非, und er lebt in Shenzhen.')).toBe('de');
    expect(await lang('The founder of 华为 is 任正非 and he lives in Shenzhen.')).toBe('en');
    expect(await lang('任正非创办了华为公司，总部位于深圳。')).toBe('zh-Hans');
    expect(await lang('任正非創辦了華為公司，總部位於深圳。')).toBe('zh-Hant');
  });
});

describe('routing of text pages', () => {
  const content = { articleSlugs: new Set<string>(), termIds: new Set<string>() };
  it('knows my texts, the paste form, a text and its manage page by the shape of the id', () => {
    expect(isKnownPage(['texts', 'new'], content)).toBe(true);
    expect(isKnownPage(['texts', 'AAAAAAAAAAAAAAAAAAAAAA'], content)).toBe(true);
    expect(isKnownPage(['texts', 'AAAAAAAAAAAAAAAAAAAAAA', 'manage'], content)).toBe(true);
    expect(isKnownPage(['texts'], content)).toBe(true);
    expect(isKnownPage(['texts', 'short'], content)).toBe(false);
    expect(isKnownPage(['texts', 'AAAAAAAAAAAAAAAAAAAAAA', 'edit'], content)).toBe(false);
    expect(isKnownPage(['text-gone'], content)).toBe(false);
  });

  it('sends a paste form post over 1 MB back to the form', () => {
    expect(isOversizedTextForm(['texts', 'new'], 'POST', String(1024 * 1024 + 1))).toBe(true);
    expect(isOversizedTextForm(['texts', 'new'], 'POST', String(1024 * 1024))).toBe(false);
    expect(isOversizedTextForm(['texts', 'new'], 'GET', String(2 * 1024 * 1024))).toBe(false);
    expect(isOversizedTextForm(['texts', 'new'], 'POST', null)).toBe(false);
  });

  it('counts a creation against the first X-Forwarded-For address', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': ' 203.0.113.9 , 10.0.0.1' }))).toBe('203.0.113.9');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '::1' }))).toBe('0:0:0:0::/64');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});

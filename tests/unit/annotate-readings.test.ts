import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnnotated } from './annotate-render';
import {
  escapeHtml,
  getAnnotator,
  toRubyHtml,
  type Annotated,
  type Annotator,
  type AnnotateOptions,
} from '../../lib/annotate';

let annotator: Annotator;
beforeAll(async () => {
  annotator = await getAnnotator();
});

function run(text: string, options?: AnnotateOptions): string {
  return renderAnnotated(annotator.annotate(text, options));
}

const CASES: ReadonlyArray<readonly [string, string]> = [
  // Seed terms (glossary).
  ['小米', '[小米:xiǎo mǐ]'],
  ['雷军', '[雷军:léi jūn]'],
  ['新浪', '[新浪:xīn làng]'],
  ['北京', '[北京:běi jīng]'],
  // Polyphones inside words (CC-CEDICT, chosen in context).
  ['银行', '[银行:yín háng]'],
  ['重要', '[重要:zhòng yào]'],
  ['长城', '[长城:cháng chéng]'],
  ['音乐', '[音乐:yīn yuè]'],
  // CC-CEDICT and 现代汉语词典 both give háishi with a neutral second syllable.
  ['还是', '[还是:hái shì]'],
  ['觉得', '[觉得:jué de]'],
  ['睡觉', '[睡觉:shuì jiào]'],
  ['长大', '[长大:zhǎng dà]'],
  ['行长', '[行长:háng zhǎng]'],
  ['女儿', '[女儿:nǚ ér]'],
  ['绿色', '[绿色:lǜ sè]'],
  ['律师', '[律师:lǜ shī]'],
  ['虐待', '[虐待:nüè dài]'],
  ['了解', '[了解:liǎo jiě]'],
  ['为什么', '[为什么:wèi shén me]'],
  ['头发', '[头发:tóu fā]'],
  ['发展', '[发展:fā zhǎn]'],
  ['快乐', '[快乐:kuài lè]'],
  ['重新', '[重新:chóng xīn]'],
  ['调查', '[调查:diào chá]'],
  ['空调', '[空调:kōng tiáo]'],
  ['得到', '[得到:dé dào]'],
  ['大学生', '[大学生:dà xué shēng]'],
  ['哪儿', '[哪儿:nǎ r]'],
  ['一点儿', '[一点儿:yī diǎn r]'],
  ['花儿', '[花儿:huā r]'],
  ['中华人民共和国', '[中华人民共和国:zhōng huá rén mín gòng hé guó]'],
  // Segmentation of running Chinese.
  ['银行行长', '[银行:yín háng][行长:háng zhǎng]'],
  ['他长大了', '[他:tā][长大:zhǎng dà][了:le]'],
  [
    '我觉得行长说银行很重要。',
    '[我:wǒ][觉得:jué de][行长:háng zhǎng][说:shuō][银行:yín háng][很:hěn][重要:zhòng yào]。',
  ],
  ['结婚的和尚未结婚的', '[结婚:jié hūn][的:de][和:hé][尚未:shàng wèi][结婚:jié hūn][的:de]'],
  ['研究生命起源', '[研究:yán jiū][生命:shēng mìng][起源:qǐ yuán]'],
  ['他还是学生', '[他:tā][还是:hái shì][学生:xué shēng]'],
  ['中国银行行长', '[中国银行:zhōng guó yín háng][行长:háng zhǎng]'],
  ['行', '[行:xíng]'],
  ['长', '[长:cháng]'],
  // Person names: surname readings.
  ['曾国藩', '[曾国藩:zēng guó fān]'],
  ['单田芳', '[单田芳:shàn tián fāng]'],
  ['解缙', '[解缙:xiè jìn]'],
  ['仇英', '[仇英:qiú yīng]'],
  ['查良镛', '[查良镛:zhā liáng yōng]'],
  ['盖叫天', '[盖叫天:gě jiào tiān]'],
  ['乐毅', '[乐毅:yuè yì]'],
  ['单雄信', '[单雄信:shàn xióng xìn]'],
  ['区家麟', '[区家麟:ōu jiā lín]'],
  ['万俟卨', '[万俟卨:mò qí xiè]'],
  ['尉迟恭', '[尉迟恭:yù chí gōng]'],
  ['朴槿惠', '[朴槿惠:piáo jǐn huì]'],
  ['华罗庚', '[华罗庚:huà luó gēng]'],
  // … and the same characters in ordinary words keep their ordinary readings.
  ['曾经', '[曾经:céng jīng]'],
  ['单位', '[单位:dān wèi]'],
  ['解决', '[解决:jiě jué]'],
  ['仇恨', '[仇恨:chóu hèn]'],
  ['查询', '[查询:chá xún]'],
  ['朴素', '[朴素:pǔ sù]'],
  ['华为', '[华为:huá wéi]'],
  ['王老师说', '[王:wáng][老师:lǎo shī][说:shuō]'],
  ['曾经说', '[曾经:céng jīng][说:shuō]'],
  // Traditional characters read like their simplified forms; text stays as written.
  ['重慶', '[重慶:chóng qìng]'],
  ['銀行', '[銀行:yín háng]'],
  ['華為', '[華為:huá wéi]'],
  ['長沙', '[長沙:cháng shā]'],
  ['長大', '[長大:zhǎng dà]'],
  ['頭髮', '[頭髮:tóu fā]'],
  ['後來', '[後來:hòu lái]'],
  ['華為手機', '[華為:huá wéi][手機:shǒu jī]'],
  ['中國人民銀行', '[中國人民銀行:zhōng guó rén mín yín háng]'],
  // Romanization given in the text.
  ['Lei Jun (雷军)', '{Lei Jun>雷军} ([雷军:léi jūn])'],
  ['雷军 (Lei Jun)', '[雷军:léi jūn] ({Lei Jun>雷军})'],
  ['雷军（Lei Jun）', '[雷军:léi jūn]（{Lei Jun>雷军}）'],
  ['Chongqing (重庆, Chóngqìng)', '{Chongqing>重庆} ([重庆:chóng qìng], {Chóngqìng>重庆})'],
  [
    'Zeng Guofan (chinesisch 曾国藩, Pinyin Zēng Guófān)',
    '{Zeng Guofan>曾国藩} (chinesisch [曾国藩:zēng guó fān], Pinyin {Zēng Guófān>曾国藩})',
  ],
  [
    '(chinesisch 曾國藩 / 曾国藩, Pinyin Zēng Guófān)',
    '(chinesisch [曾國藩:zēng guó fān] / [曾国藩:zēng guó fān], Pinyin {Zēng Guófān>曾国藩})',
  ],
  ['Zha Liangyong (查良镛)', '{Zha Liangyong>查良镛} ([查良镛:zhā liáng yōng])'],
  ['Zhang Xiaoming (张晓明) und Zhang', '{Zhang Xiaoming>张晓明} ([张晓明:zhāng xiǎo míng]) und {Zhang>张晓明}'],
  ['重庆 (Zhòngqìng)', '[重庆:zhòng qìng] ({Zhòngqìng>重庆})'],
  ['Xian (西安)', '{Xian>西安} ([西安:xī ān])'],
  ['雷军 (lei2 jun1)', '[雷军:léi jūn] (lei2 jun1)'],
  ['die Stadt (重庆)', 'die Stadt ([重庆:chóng qìng])'],
  ['Cafe (重庆, Café)', 'Cafe ([重庆:chóng qìng], Café)'],
  // Alias mentions: whole words, case-aware, genitive and compounds.
  ['Leipzig', 'Leipzig'],
  ['Xiaomis Erfolg', '{Xiaomis>小米} Erfolg'],
  ["Xiaomi's phones", "{Xiaomi's>小米} phones"],
  ['Xiaomi-CEO', '{Xiaomi>小米}-CEO'],
  ['Xiaomi-Smartphones', '{Xiaomi>小米}-Smartphones'],
  ['XIAOMI', '{XIAOMI>小米}'],
  ['xiaomi', 'xiaomi'],
  ['MiXiaomi', 'MiXiaomi'],
  ['Sinai', 'Sinai'],
  ['Lei Juns Firma', '{Lei Juns>雷军} Firma'],
  ['Lei Jun und Lei', '{Lei Jun>雷军} und {Lei>雷军}'],
  ['Lei allein', 'Lei allein'],
  // Extension B and other planes: one character, one syllable, lossless.
  ['𠀀', '[𠀀:]'],
  ['a𠀀b', 'a[𠀀:]b'],
  // Mixed German text and full-width punctuation between runs.
  ['Der Konzern 小米 aus 北京.', 'Der Konzern [小米:xiǎo mǐ] aus [北京:běi jīng].'],
  ['北京，上海。', '[北京:běi jīng]，[上海:shàng hǎi]。'],
  ['《红楼梦》', '《[红楼梦:hóng lóu mèng]》'],
  ['二〇一八年', '[二:èr][〇:líng][一:yī][八:bā][年:nián]'],
  ['豈', '[豈:qǐ]'],
];

describe('annotation table', () => {
  it('meets every kind of mention among its cases: plain text, terms from each reading source, aliases', () => {
    const segments = CASES.flatMap(([input]) => annotator.annotate(input).segments);
    expect(new Set(segments.map((s) => s.type))).toEqual(new Set(['plain', 'term', 'alias']));
    const sources = new Set(segments.flatMap((s) => (s.type === 'term' ? [s.source] : [])));
    expect(sources).toEqual(new Set(['text', 'glossary', 'dictionary', 'generated']));
  });

  it.each(CASES)('%s', (input, expected) => {
    expect(run(input)).toBe(expected);
  });
});

function terms(text: string, options?: AnnotateOptions) {
  return annotator.annotate(text, options).segments.filter((s) => s.type === 'term');
}

describe('term segments', () => {
  it('keep traditional text, with simplified id and per-character syllables', () => {
    expect(terms('華為')).toEqual([
      {
        type: 'term',
        text: '華為',
        id: '华为',
        simplified: '华为',
        script: 'traditional',
        pinyin: 'huá wéi',
        syllables: [
          { hanzi: '華', pinyin: 'huá', tone: 2 },
          { hanzi: '為', pinyin: 'wéi', tone: 2 },
        ],
        kind: 'company',
        meanings: expect.objectContaining({ de: expect.any(String), en: expect.any(String) }),
        source: 'glossary',
      },
    ]);
  });

  it('tell where each reading came from', () => {
    const sources = (text: string) => terms(text).map((t) => `${t.text}:${t.source}:${t.kind}`);
    expect(sources('小米')).toEqual(['小米:glossary:company']);
    expect(sources('银行')).toEqual(['银行:dictionary:word']);
    expect(sources('仇英')).toEqual(['仇英:generated:person']);
    expect(sources('𠀀')).toEqual(['𠀀:generated:word']);
    expect(sources('Zha Liangyong (查良镛)')).toEqual(['查良镛:text:person']);
    expect(sources('长沙市')).toEqual(['长沙市:dictionary:place']);
    expect(sources('朴槿惠')).toEqual(['朴槿惠:dictionary:person']);
  });

  it('carry neutral tone 5 and English meanings from CC-CEDICT', () => {
    const [t] = terms('觉得');
    expect(t?.syllables).toEqual([
      { hanzi: '觉', pinyin: 'jué', tone: 2 },
      { hanzi: '得', pinyin: 'de', tone: 5 },
    ]);
    expect(t?.meanings.en).toMatch(/^to think that/);
    expect(terms('银行')[0]?.meanings).toEqual({ en: 'bank' });
  });

  it('give an unknown supplementary-plane character one empty syllable', () => {
    expect(terms('𠀀')[0]?.syllables).toEqual([{ hanzi: '𠀀', pinyin: '', tone: 5 }]);
  });
});

describe('term summaries', () => {
  it('list distinct terms in order of first appearance with term + alias counts', () => {
    const result = annotator.annotate('Xiaomi (小米) und Zhang Xiaoming (张晓明). Zhang lobt Xiaomi; 小米!');
    expect(result.terms.map((t) => [t.id, t.count, t.source, t.kind, t.aliases])).toEqual([
      ['小米', 4, 'text', 'company', ['Xiaomi']],
      ['张晓明', 3, 'text', 'person', ['Zhang Xiaoming']],
    ]);
  });

  it('name the traditional form where the text or glossary gives one', () => {
    const result = annotator.annotate('長大 und 銀行');
    expect(result.terms.map((t) => [t.id, t.traditional])).toEqual([
      ['长大', '長大'],
      ['银行', '銀行'],
    ]);
  });
});

describe('overrides', () => {
  it('replace readings for this text only', () => {
    expect(run('行长', { overrides: { 行长: 'xing2 chang2' } })).toBe('[行长:xíng cháng]');
    expect(terms('行长', { overrides: { 行长: 'xing2 chang2' } })[0]?.source).toBe('text');
    expect(run('行长')).toBe('[行长:háng zhǎng]');
  });

  it('take the meaning of the corrected reading, none where no entry has it', () => {
    const meaning = (text: string, overrides: Record<string, string>, word: string) =>
      terms(text, { overrides }).find((t) => t.simplified === word)?.meanings.en;
    expect(meaning('他还钱', { 还: 'hai2' }, '还')).toMatch(/^still; /);
    expect(meaning('他还钱', { 还: 'huan2' }, '还')).toMatch(/^to pay back/);
    // Typed with the spoken neutral tone: the word of that reading.
    expect(meaning('我的朋友', { 朋友: 'peng2 you5' }, '朋友')).toMatch(/^friend/);
    expect(meaning('银行', { 银行: 'yin2 xing2' }, '银行')).toBeUndefined();
  });

  it('segment by the overridden word and accept traditional keys', () => {
    expect(run('雷大军说', { overrides: { 雷大軍: 'lei2 da4 jun1' } })).toBe('[雷大军:léi dà jūn][说:shuō]');
  });

  it('ignore overrides of the wrong shape', () => {
    const odd = { 行长: 5, 银行: null } as unknown as Record<string, string>;
    expect(run('银行行长', { overrides: odd })).toBe('[银行:yín háng][行长:háng zhǎng]');
  });

  it('ignore invalid overrides', () => {
    expect(run('小米很好', { overrides: { 好: 'hao4 hao3', Xiaomi: 'xiao3 mi3', 很: 'hxn3' } })).toBe(
      '[小米:xiǎo mǐ][很:hěn][好:hǎo]',
    );
  });
});

describe('ruby HTML', () => {
  it('marks up every character of a term and escapes everything else', () => {
    const html = toRubyHtml(annotator.annotate('<b class="x">Tom & Jerry\'s</b> Lei Jun (雷军) über 華為'));
    expect(html).toBe(
      '&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt; ' +
        '<span class="alias" data-term-id="雷军">Lei Jun</span> (' +
        '<ruby class="term" data-term-id="雷军" data-kind="person">雷<rt>léi</rt>军<rt>jūn</rt></ruby>) über ' +
        '<ruby class="term" data-term-id="华为" data-kind="company">華<rt>huá</rt>為<rt>wéi</rt></ruby>',
    );
  });

  it('escapes attribute values and markup characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
    const hostile: Annotated = {
      segments: [
        { type: 'alias', text: '<i>', termId: '"><script>' },
        {
          type: 'term',
          text: '米',
          id: "a'b",
          simplified: '米',
          script: 'simplified',
          pinyin: '<mǐ>',
          syllables: [{ hanzi: '&', pinyin: '<mǐ>', tone: 3 }],
          kind: 'word',
          meanings: {},
          source: 'generated',
        },
      ],
      terms: [],
    };
    expect(toRubyHtml(hostile)).toBe(
      '<span class="alias" data-term-id="&quot;&gt;&lt;script&gt;">&lt;i&gt;</span>' +
        '<ruby class="term" data-term-id="a&#39;b" data-kind="word">&amp;<rt>&lt;mǐ&gt;</rt></ruby>',
    );
  });
});

/**
 * Readings that depend on what stands around a word: Latin names touching hanzi, full-width
 * letters, CC-CEDICT pointers and kinds, preferred readings, surnames in context and the
 * traditional aspect particle 著.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnnotated } from './annotate-render';
import { getAnnotator, type Annotator, type AnnotateOptions } from '../../lib/annotate';
import { loadGlossary } from '../../lib/glossary';

let annotator: Annotator;
beforeAll(async () => {
  annotator = await getAnnotator();
});

function run(text: string, options?: AnnotateOptions): string {
  return renderAnnotated(annotator.annotate(text, options));
}

function terms(text: string) {
  return annotator.annotate(text).segments.flatMap((s) => (s.type === 'term' ? [s] : []));
}

/** text:source:kind of every term segment. */
function sources(text: string): string[] {
  return terms(text).map((t) => `${t.text}:${t.source}:${t.kind}`);
}

describe('Latin names right next to hanzi', () => {
  it('take a romanization hint as with a space before the name', () => {
    expect(run('和 Lei Jun (雷军)')).toBe('[和:hé] {Lei Jun>雷军} ([雷军:léi jūn])');
    expect(run('和Lei Jun (雷军)')).toBe('[和:hé]{Lei Jun>雷军} ([雷军:léi jūn])');
    expect(sources('和Lei Jun (雷军)')).toEqual(sources('和 Lei Jun (雷军)'));
    expect(sources('和Lei Jun (雷军)')).toEqual(['和:dictionary:word', '雷军:text:person']);
    expect(run('创始人Lei Jun（雷军）')).toBe('[创始人:chuàng shǐ rén]{Lei Jun>雷军}（[雷军:léi jūn]）');
    expect(run('和Zhang Xiaoming (张晓明)')).toBe('[和:hé]{Zhang Xiaoming>张晓明} ([张晓明:zhāng xiǎo míng])');
  });

  it('link aliases touching hanzi, but never inside a longer Latin word', () => {
    expect(run('Xiaomi说')).toBe('{Xiaomi>小米}[说:shuō]');
    expect(run('用Xiaomi手机')).toBe('[用:yòng]{Xiaomi>小米}[手机:shǒu jī]');
    expect(run('Lei Jun (雷军)说Lei很')).toBe('{Lei Jun>雷军} ([雷军:léi jūn])[说:shuō]{Lei>雷军}[很:hěn]');
    expect(run('用Xiaomis手机')).toBe('[用:yòng]{Xiaomis>小米}[手机:shǒu jī]');
    expect(run('Lei Jun und Leijun')).toBe('{Lei Jun>雷军} und Leijun');
    expect(run('用MiXiaomi和Xiaomi2')).toBe('[用:yòng]MiXiaomi[和:hé]Xiaomi2');
  });
});

describe('full-width Latin', () => {
  it('matches like half-width and keeps the text as written', () => {
    const input = 'Ｌｅｉ Ｊｕｎ（雷军）和Ｘｉａｏｍｉｓ Erfolg';
    expect(run(input)).toBe('{Ｌｅｉ Ｊｕｎ>雷军}（[雷军:léi jūn]）[和:hé]{Ｘｉａｏｍｉｓ>小米} Erfolg');
    expect(
      annotator
        .annotate(input)
        .segments.map((s) => s.text)
        .join(''),
    ).toBe(input);
    expect(run('Ｘｉａｏｍｉ')).toBe('{Ｘｉａｏｍｉ>小米}');
  });

  it('takes a full-width romanization as a hint and lists it half-width', () => {
    const result = annotator.annotate('张晓明（Ｚｈａｎｇ　Ｘｉａｏｍｉｎｇ）');
    expect(renderAnnotated(result)).toBe('[张晓明:zhāng xiǎo míng]（{Ｚｈａｎｇ　Ｘｉａｏｍｉｎｇ>张晓明}）');
    expect(result.terms.map((t) => [t.id, t.source, t.aliases])).toEqual([['张晓明', 'text', ['Zhang Xiaoming']]]);
  });
});

describe('kinds of CC-CEDICT proper nouns', () => {
  it('take "see 合肥市[He2 fei2 Shi4]" pointers without "|" as places', () => {
    const words = ['合肥', '昆明', '珠海', '佛山', '六安', '蚌埠', '台州', '曲阜'];
    expect(words.map((w) => sources(w)[0])).toEqual(words.map((w) => `${w}:dictionary:place`));
  });

  it('take life dates with an en dash as people', () => {
    expect(sources('诸葛亮')).toEqual(['诸葛亮:dictionary:person']);
    expect(sources('应采儿')).toEqual(['应采儿:dictionary:person']);
  });
});

describe('meanings that only point to another entry', () => {
  it('show the meanings of the entry pointed to', () => {
    expect(terms('苏州')[0]?.meanings).toEqual({
      en: 'Suzhou, prefecture-level city in Jiangsu Province 江苏省 (Jiāngsū Shěng)',
    });
    // The pointer gives wang2 ba1, the entry is wang2 ba5: same syllables.
    expect(terms('忘八')[0]?.meanings).toEqual({ en: 'softshell turtle; cuckold; (old) male owner of a brothel' });
  });

  it('show the pointer with marked pinyin where the target has no meanings of its own', () => {
    // 杯珓 itself only points on ("see 筊杯[jiao3 bei1]"): one hop only.
    expect(terms('杯筊')[0]?.meanings).toEqual({ en: 'see 杯珓 (bēijiào)' });
    // 茄萣 is not in CC-CEDICT.
    expect(terms('萣')[0]?.meanings).toEqual({ en: 'see 茄萣 (Qiédìng)' });
  });
});

describe('preferred readings', () => {
  it('read 地方 in citation tones, with the everyday meaning "place" first', () => {
    expect(run('地方')).toBe('[地方:dì fāng]');
    expect(run('这个地方很好')).toBe('[这个:zhè ge][地方:dì fāng][很:hěn][好:hǎo]');
    expect(terms('地方')[0]?.meanings).toEqual({ en: 'area; place; space; room; territory' });
    expect(run('地方', { overrides: { 地方: 'di4 fang1' } })).toBe('[地方:dì fāng]');
  });
});

describe('surnames in context', () => {
  it('do not take 曾 before a verb, 查理 or 单双 for names', () => {
    expect(run('曾任')).toBe('[曾:céng][任:rèn]');
    expect(run('曾获')).toBe('[曾:céng][获:huò]');
    expect(run('曾因')).toBe('[曾:céng][因:yīn]');
    expect(run('Lei Jun曾任CEO')).toBe('{Lei Jun>雷军}[曾:céng][任:rèn]CEO');
    expect(terms('曾为').map((t) => `${t.text}:${t.kind}`)).toEqual(['曾:word', '为:word']);
    expect(terms('曾为')[0]?.pinyin).toBe('céng');
    expect(run('曾经')).toBe('[曾经:céng jīng]');
    expect(run('查理')).toBe('[查:chá][理:lǐ]');
    expect(run('查理·卓别林')).toBe('[查:chá][理:lǐ]·[卓别林:zhuó bié lín]');
    expect(run('单双')).toBe('[单:dān][双:shuāng]');
  });

  it('read a surname as one before a title or after a familiar prefix', () => {
    expect(run('曾先生')).toBe('[曾:zēng][先生:xiān shēng]');
    expect(run('解先生')).toBe('[解:xiè][先生:xiān shēng]');
    expect(run('老单')).toBe('[老:lǎo][单:shàn]');
    expect(run('我姓单')).toBe('[我:wǒ][姓:xìng][单:shàn]');
    expect(terms('曾先生')[0]?.meanings).toEqual({ en: 'surname Zeng' });
    // 老 "always" before a verb, the verb after the adverb 曾, 区 "area" before a job title: no surnames.
    expect(run('他老查')).toBe('[他:tā][老:lǎo][查:chá]');
    expect(run('曾任经理')).toBe('[曾:céng][任:rèn][经理:jīng lǐ]');
    expect(run('区经理')).toBe('[区:qū][经理:jīng lǐ]');
  });

  it('find a full name followed by a verb of saying or a title', () => {
    expect(run('曾志伟说')).toBe('[曾志伟:zēng zhì wěi][说:shuō]');
    expect(sources('曾志伟说')).toEqual(['曾志伟:generated:person', '说:dictionary:word']);
    expect(run('曾志伟先生')).toBe('[曾志伟:zēng zhì wěi][先生:xiān shēng]');
    expect(sources('曾琦先生')).toEqual(['曾琦:generated:person', '先生:dictionary:word']);
    // Other words after it are no evidence, nor is a job title after one character (高三 "senior year").
    // jieba knows the actor 曾志伟 as a phrase, so its reading (zēng) holds even without a title.
    expect(run('曾志伟的')).toBe('[曾:zēng][志:zhì][伟:wěi][的:de]');
    expect(run('高三老师')).toBe('[高:gāo][三:sān][老师:lǎo shī]');
  });
});

describe('traditional aspect particle 著', () => {
  it('reads a lone 著 after a verb as the particle zhe', () => {
    expect(run('看著')).toBe('[看:kàn][著:zhe]');
    expect(run('說著話')).toBe('[說:shuō][著:zhe][話:huà]');
    const [, particle] = terms('看著');
    expect([particle?.id, particle?.script, particle?.meanings.en]).toEqual([
      '着',
      'traditional',
      'aspect particle indicating action in progress or ongoing state',
    ]);
    // Inside dictionary words and after words that are no verbs, 著 keeps its own reading.
    expect(run('走著瞧')).toBe('[走著瞧:zǒu zhe qiáo]');
    expect(run('著名')).toBe('[著名:zhù míng]');
    expect(run('他所著的书')).toBe('[他:tā][所:suǒ][著:zhù][的:de][书:shū]');
  });
});

describe('glossary data', () => {
  it('links "Xie Jin" to 解缙 like every other person in the glossary', () => {
    expect(run('Xie Jin (1369–1415)')).toBe('{Xie Jin>解缙} (1369–1415)');
  });

  it('names PDD Holdings as the parent of Temu in every language', () => {
    expect(loadGlossary().bySimplified.get('拼多多')?.meanings).toEqual({
      de: 'Pinduoduo, chinesische Online-Shopping-Plattform der PDD Holdings (Mutterkonzern von Temu)',
      en: 'Pinduoduo, Chinese online shopping platform of PDD Holdings (parent of Temu)',
      zh: '拼多多，PDD控股（亦为Temu的母公司）旗下的电商平台',
    });
  });
});

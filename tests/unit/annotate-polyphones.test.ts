/**
 * Readings of running Chinese text: word boundaries chosen by frequency, lone polyphonic
 * characters read by their context (lib/annotate/polyphones/rules.ts), and our tone convention.
 * Every rule of the rules file has a case here, with the exact annotation a learner sees.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { renderAnnotated } from './annotate-render';
import { getAnnotator, type Annotator } from '../../lib/annotate';

let annotator: Annotator;
beforeAll(async () => {
  annotator = await getAnnotator();
});

function run(text: string): string {
  return renderAnnotated(annotator.annotate(text));
}

describe('word boundaries', () => {
  it('split by frequency where longest match took the wrong word', () => {
    expect(run('宣布银行将重新')).toBe('[宣布:xuān bù][银行:yín háng][将:jiāng][重新:chóng xīn]');
    expect(run('银行行长')).toBe('[银行:yín háng][行长:háng zhǎng]');
  });

  it('split words that meet by accident, and keep them where they are words', () => {
    expect(run('每个月都会公开')).toBe('[每个:měi gè][月:yuè][都:dōu][会:huì][公开:gōng kāi]');
    expect(run('繁华的都会')).toBe('[繁华:fán huá][的:de][都会:dū huì]');
    expect(run('他不了解')).toBe('[他:tā][不:bù][了解:liǎo jiě]');
  });

  it('read words the dictionaries lack from the supplement', () => {
    expect(run('会稽')).toBe('[会稽:kuài jī]');
    expect(run('六角攒尖顶')).toBe('[六角:liù jiǎo][攒:cuán][尖顶:jiān dǐng]');
  });
});

describe('polyphones inside dictionary words', () => {
  it("take the word's reading", () => {
    expect(run('他很着急')).toBe('[他:tā][很:hěn][着急:zháo jí]');
    expect(run('他睡着了')).toBe('[他:tā][睡着:shuì zháo][了:le]');
    expect(run('很便宜')).toBe('[很:hěn][便宜:pián yí]');
    expect(run('成为首都')).toBe('[成为:chéng wéi][首都:shǒu dū]');
    expect(run('为首')).toBe('[为首:wéi shǒu]');
  });

  it('a full name in the dictionary decides before the surname rule (盖茨 Gài, 盖叫天 Gě)', () => {
    expect(run('比尔盖茨说')).toBe('[比尔:bǐ ěr][盖茨:gài cí][说:shuō]');
    expect(run('柏林墙')).toBe('[柏林墙:bó lín qiáng]');
    expect(run('盖叫天')).toBe('[盖叫天:gě jiào tiān]');
    expect(run('朴先生')).toBe('[朴:piáo][先生:xiān shēng]');
  });
});

describe('a lone character read by its context', () => {
  it('还 huán before what is given back', () => {
    expect(run('他还钱了')).toBe('[他:tā][还:huán][钱:qián][了:le]');
    expect(run('他还得起钱')).toBe('[他:tā][还:huán][得:de][起:qǐ][钱:qián]');
    expect(run('还不起')).toBe('[还:huán][不:bù][起:qǐ]');
    expect(run('他还小')).toBe('[他:tā][还:hái][小:xiǎo]');
  });

  it('为 wéi as the copula, wèi "for" otherwise', () => {
    expect(run('原为')).toBe('[原:yuán][为:wéi]');
    expect(run('为将')).toBe('[为:wéi][将:jiàng]');
    expect(run('认为他是')).toBe('[认为:rèn wéi][他:tā][是:shì]');
    expect(run('为了')).toBe('[为了:wèi le]');
  });

  it('长 zhǎng for heads, 都 dū for capitals, 了 liǎo, 得 de and děi', () => {
    expect(run('指挥长说')).toBe('[指挥:zhǐ huī][长:zhǎng][说:shuō]');
    expect(run('他指挥长江')).toBe('[他:tā][指挥:zhǐ huī][长江:cháng jiāng]');
    expect(run('拿得动')).toBe('[拿:ná][得:de][动:dòng]');
    expect(run('我还得去')).toBe('[我:wǒ][还:hái][得:děi][去:qù]');
    expect(run('他受不了')).toBe('[他:tā][受不了:shòu bù liǎo]');
  });

  it('行 háng after a number, 重 chóng before a verb, 数 shǔ as a verb', () => {
    expect(run('两行字')).toBe('[两:liǎng][行:háng][字:zì]');
    expect(run('他重写了')).toBe('[他:tā][重:chóng][写:xiě][了:le]');
    expect(run('数钱')).toBe('[数:shǔ][钱:qián]');
  });

  it('调, 率, 处, 只, 将, 藏, 钉, 量, 哩', () => {
    expect(run('调往')).toBe('[调:diào][往:wǎng]');
    expect(run('他率军')).toBe('[他:tā][率:shuài][军:jūn]');
    expect(run('处以罚款')).toBe('[处:chǔ][以:yǐ][罚款:fá kuǎn]');
    expect(run('三处')).toBe('[三:sān][处:chù]');
    expect(run('这只猫')).toBe('[这:zhè][只:zhī][猫:māo]');
    expect(run('他只想')).toBe('[他:tā][只:zhǐ][想:xiǎng]');
    expect(run('参将')).toBe('[参:cān][将:jiàng]');
    expect(run('入藏')).toBe('[入:rù][藏:zàng]');
    expect(run('藏起来')).toBe('[藏:cáng][起来:qǐ lái]');
    expect(run('钉在墙上')).toBe('[钉:dìng][在:zài][墙:qiáng][上:shàng]');
    expect(run('一颗钉')).toBe('[一:yī][颗:kē][钉:dīng]');
    expect(run('计算量')).toBe('[计算:jì suàn][量:liàng]');
    expect(run('好哩')).toBe('[好:hǎo][哩:li]');
    expect(run('封为燕王')).toBe('[封:fēng][为:wéi][燕:yān][王:wáng]');
    expect(run('真好哟')).toBe('[真:zhēn][好:hǎo][哟:yo]');
    expect(run('一扇门')).toBe('[一:yī][扇:shàn][门:mén]');
    expect(run('扇状')).toBe('[扇:shàn][状:zhuàng]');
  });

  it('transliterations, place names and given names', () => {
    expect(run('希什曼')).toBe('[希:xī][什:shí][曼:màn]');
    expect(run('上江圩镇')).toBe('[上江:shàng jiāng][圩:wéi][镇:zhèn]');
    expect(run('王媛')).toBe('[王媛:wáng yuán]');
    expect(run('郑覃')).toBe('[郑覃:zhèng tán]');
    expect(run('李为说')).toBe('[李:lǐ][为:wéi][说:shuō]');
    // A place suffix ends no given name: 莘庄 is a town (xīn), not the surname Shēn.
    expect(run('莘庄')).toBe('[莘:xīn][庄:zhuāng]');
  });

  it('a lone character whose dictionary default lives in words of its own', () => {
    expect(run('帘蛤科')).toBe('[帘:lián][蛤:gé][科:kē]');
    expect(run('蛤蟆')).toBe('[蛤蟆:há má]');
    expect(run('牟平')).toBe('[牟平:mù píng]');
    expect(run('王子牟的')).toBe('[王子:wáng zǐ][牟:móu][的:de]');
    expect(run('颉利')).toBe('[颉:xié][利:lì]');
    expect(run('仓颉')).toBe('[仓颉:cāng jié]');
  });
});

describe('tone convention: citation tones, the neutral tone for particles and suffixes', () => {
  it('writes the full tone of a light syllable, the neutral tone of particles', () => {
    expect(run('认识')).toBe('[认识:rèn shí]');
    expect(run('东西')).toBe('[东西:dōng xī]');
    expect(run('桌子')).toBe('[桌子:zhuō zi]');
    expect(run('我们')).toBe('[我们:wǒ men]');
    expect(run('一个')).toBe('[一个:yī ge]');
  });

  it('keeps 一 and 不 in their dictionary tone (no sandhi)', () => {
    expect(run('不是')).toBe('[不是:bù shì]');
    expect(run('一样')).toBe('[一样:yī yàng]');
  });
});

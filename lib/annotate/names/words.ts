/**
 * Words around a surname that decide whether it is one (used by ./in-run). Kept short and
 * conservative on purpose: a wrong name is worse than a missed one.
 */

/** Forms of address, taken only by people: 曾先生 (Zēng), 解先生 (Xiè), 张三先生. */
export const ADDRESS_TITLES: readonly string[] = ['先生', '女士', '小姐', '太太', '夫人'];

/**
 * Job titles after a surname or a full name: 曾老师, 单总, 曾志伟教授. Unlike forms of address they
 * also follow ordinary words (高三老师 "senior-year teacher"), so a surname with one character
 * before them (高三) is not taken for a name.
 */
export const JOB_TITLES: readonly string[] = [
  '老师',
  '教授',
  '博士',
  '医生',
  '律师',
  '同志',
  '师傅',
  '总',
  '经理',
  '主任',
  '主席',
  '总裁',
  '董事长',
  '部长',
  '市长',
  '校长',
  '院士',
];

/**
 * Before a lone surname: 老单, 小曾 (familiar address), 我姓单 ("my surname is Shan"). 老 and 小
 * also mean "always" and "a little" before verbs (他老查), so they count only at the start of a
 * run or after a word from NAME_PRECEDERS; 姓 counts anywhere.
 */
export const FAMILIAR_PREFIXES: readonly string[] = ['老', '小', '姓'];
export const ANYWHERE_PREFIXES: readonly string[] = ['姓'];

/** Words after which a familiar address (老单) may stand: "和老单", "问小曾". */
export const NAME_PRECEDERS: readonly string[] = [
  '和',
  '跟',
  '与',
  '同',
  '对',
  '给',
  '叫',
  '问',
  '找',
  '让',
  '请',
  '向',
];

/**
 * Verbs of saying that follow a person's name and end it: 曾志伟说 (Zēng Zhìwěi, then 说). Only a
 * full name (surname and two characters) or a familiar address (老单) is taken before one of
 * these. Particles such as 的 or 是 are left out: after them too many ordinary words would pass.
 */
export const NAME_FOLLOWERS: readonly string[] = [
  '说',
  '说道',
  '表示',
  '认为',
  '指出',
  '称',
  '告诉',
  '回答',
  '强调',
  '透露',
  '介绍',
  '问道',
  '笑道',
  '写道',
];

/**
 * Characters after which a surname character is an ordinary word, not a surname: 曾 is then
 * the adverb céng "once, ever" before a verb (曾任 "once held", 曾获 "once won", 曾因 "once
 * because of", 曾为 "once was", 曾经 "once"); 区 qū "district, area" before a job title
 * (区经理 "area manager", 区主任, 区总); 查 chá "to check" before one (查老师, 查医生).
 */
export const NOT_SURNAME_BEFORE: Readonly<Record<string, string>> = {
  曾: '任获因为经是有被于以与将把对向从到做作当担出入读写住见听想表提发居留受遭创拍演唱夺率带领称',
  区: '经主总',
  查: '老医',
};

/**
 * Words missing from CC-CEDICT that look like a surname and a given name but are not names:
 * 查理 chá lǐ (Charlie, as in 查理·卓别林), 单双 dān shuāng (odd and even).
 */
export const NOT_NAMES: readonly string[] = ['查理', '单双'];

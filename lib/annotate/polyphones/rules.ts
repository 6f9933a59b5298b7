/**
 * How a polyphonic character that stands alone after segmentation is read, as data. Each entry
 * says why; each is tested in tests/unit/annotate-polyphones.test.ts. Readings are numbered pinyin.
 *
 * Order of use (./index): the character's context rules, then the classes (a transliteration, a
 * place name, a given name after a surname), then its lone default, then the lexicon's default.
 */

export interface ContextRule {
  reading: string;
  /** The previous word ends with one of these characters. */
  after?: string;
  /** The previous word is one of these. */
  afterWords?: readonly string[];
  /** The next word starts with one of these characters. */
  before?: string;
  /** The next word is one of these. */
  beforeWords?: readonly string[];
  /** The word after the next one is one of these (还|得|起). */
  thenWords?: readonly string[];
  /** The previous word is a number or a demonstrative (三只, 这只, 几行): a measure word. */
  afterNumber?: boolean;
  /** The character ends its run (before punctuation or Latin text). */
  atEnd?: boolean;
}

/** Characters that count as numbers or demonstratives before a measure word. */
export const NUMBER_CHARACTERS = '0123456789一二三四五六七八九十百千万两几数每这那哪某各半多单〇';

/** Verbs of naming, making and being after which 为 is the copula wéi (改称为, 分为, 贬为, 均为). */
const WEI_COPULA_AFTER =
  '成作认以称视改贬降升封立任选译定分名变化原均皆亦实即乃仍多大更拜设划并列尊赠推奉转合身则选举辟置';

/** Organizations and ranks before 长 zhǎng "head of" (局长, 所长, 指挥长, 船长). */
const ZHANG_HEAD_AFTER =
  '局部处科股院校所厂队组班连营团旅师军社会省市县区乡镇村州署司厅室站馆行舰船机庭堂家族酋首兄官总副委警挥谋书事议学';

export const CONTEXT_RULES: Readonly<Record<string, readonly ContextRule[]>> = {
  // huán "give back" before what is returned (还钱, 还款, 还债) and in 还得起/还不起.
  还: [
    { reading: 'huan2', before: '钱款债贷账清给本原乡俗魂击手礼价书' },
    { reading: 'huan2', beforeWords: ['得起', '不起', '得清', '不清'] },
    { reading: 'huan2', beforeWords: ['得', '不'], thenWords: ['起', '清', '上'] },
    { reading: 'huan2', after: '偿归送退交返奉遣' },
  ],
  // wéi as the copula "to be; to act as; to become" after verbs of naming and adverbs (分为, 均为); wèi "for" otherwise.
  为: [
    { reading: 'wei2', after: WEI_COPULA_AFTER },
    { reading: 'wei2', before: '首止伍难将帅官王帝相' },
  ],
  // zhǎng "head of" after an organization (所长, 厂长), "to grow" before a result (长大, 长出).
  长: [
    { reading: 'zhang3', after: ZHANG_HEAD_AFTER },
    { reading: 'zhang3', beforeWords: ['大', '出', '满', '高', '成'] },
  ],
  // dū "capital" after founding and moving (建都, 迁都, 古都); dōu "all" otherwise.
  都: [{ reading: 'du1', after: '首古故定建迁国旧京陪帝王' }],
  // liǎo "to finish; to understand" in potential complements (受不了, 做得了) and before 解/结.
  了: [
    { reading: 'liao3', after: '不得', before: '解结却' },
    { reading: 'liao3', afterWords: ['受不', '免不', '少不', '忘不', '错不'] },
  ],
  // de in potential complements (还得起, 拿得动); děi "must" before a verb after an adverb (还得去).
  得: [
    { reading: 'de5', before: '起动住清完' },
    {
      reading: 'dei3',
      after: '还就也都总必非可我你他她它们咱',
      beforeWords: ['去', '走', '做', '说', '等', '靠', '花', '有', '要', '让', '先', '再'],
    },
  ],
  // háng "row, line" after a number (两行, 几行).
  行: [{ reading: 'hang2', afterNumber: true }],
  // chóng "again, re-" before a verb (重录, 重修, 重建).
  重: [{ reading: 'chong2', before: '新复建修返组演录拍印申审游逢现播写排置开选启估订设编整振聚回犯提' }],
  // zháo "to reach a result" after 睡/找/猜 (睡着了), zhuó "to wear; to apply" before 装/陆/手 compounds.
  着: [
    { reading: 'zhao2', after: '睡找猜够烧摸犯', beforeWords: ['了'] },
    { reading: 'zhao2', after: '睡找猜够烧摸犯', atEnd: true },
  ],
  // shǔ "to count" before what is counted (数钱, 数星星); shù "number" otherwise.
  数: [{ reading: 'shu3', beforeWords: ['钱', '星星', '不清', '一数', '着', '过'] }],
  // diào "to transfer" before a place or post (调往, 调任); tiáo "to adjust" before 整/节/解.
  调: [
    { reading: 'diao4', before: '往任入至到回离动职兵派查度' },
    { reading: 'tiao2', before: '整节解和控理价味养皮戏剂' },
  ],
  // shuài "to lead" is the lone verb (率兵, 粟裕率新四军); lǜ "rate" lives in words (效率, 概率).
  率: [{ reading: 'lv4', after: '概效频汇利比税速功', atEnd: true }],
  // chǔ "to deal with; to be in" before its object (处以, 处在); chù "place" after numbers (一处, 各处).
  处: [
    { reading: 'chu3', before: '以在置罚决死斩分世' },
    { reading: 'chu4', afterNumber: true },
  ],
  // zhī, the measure word for animals and one of a pair, after a number (三只); zhǐ "only" otherwise.
  只: [{ reading: 'zhi1', afterNumber: true }],
  // jiàng "general" after ranks and adjectives (参将, 大将, 为将), jiāng "will; to take" otherwise.
  将: [
    { reading: 'jiang4', after: '参大名武主副猛良部骁战上中少偏裨守诸众敌老干宿女' },
    { reading: 'jiang4', afterWords: ['为'], atEnd: true },
  ],
  // zàng "Tibet" next to Tibetan things and places (藏军, 驻藏, 入藏); cáng "to hide" otherwise.
  藏: [
    { reading: 'zang4', before: '族军文语区人王医传巴历戏香獒羚北南东西' },
    { reading: 'zang4', after: '西入驻援川青滇进治康卫拉' },
  ],
  // dìng "to nail" as a verb (钉在, 被钉); dīng "a nail" otherwise.
  钉: [
    { reading: 'ding4', before: '在上住入于死进成' },
    { reading: 'ding4', after: '被把要用' },
  ],
  // liáng "to measure" before what is measured (量体温, 量身); liàng "amount" as a noun suffix (计算量).
  量: [{ reading: 'liang2', before: '体身一了过出尺血温' }],
  // yo, the particle at the end of a clause (好哟！); yō "oh!" otherwise.
  哟: [{ reading: 'yo5', atEnd: true }],
  // shàn, the noun "fan" and its measure word: 扇状 "fan-shaped", 一扇门; shān "to fan" otherwise.
  扇: [
    { reading: 'shan4', afterNumber: true },
    { reading: 'shan4', before: '状形面叶贝门窗' },
  ],
  // yān, the ancient state of Yan (燕王, 燕国, 燕京, 燕赵); yàn "swallow" otherwise.
  燕: [{ reading: 'yan1', before: '王国京赵山' }],
  // lí "particle" after a clause (好哩!); lǐ otherwise (a mile; transliterations).
  哩: [{ reading: 'li5', atEnd: true, after: '好是呢着来去的了' }],
};

/**
 * Readings a character has in transliterations of foreign names (希什曼 Xīshímàn, 塞缪尔, 肖卡特),
 * used when it stands between or next to transliteration characters (TRANSLITERATION_CHARACTERS).
 */
export const TRANSLITERATION_READINGS: Readonly<Record<string, string>> = {
  什: 'shi2',
  肖: 'xiao1',
  哩: 'li3',
  塞: 'sai4',
  茜: 'xi1',
  喇: 'la3',
  柏: 'bo2',
  缪: 'miu4',
  伽: 'jia1',
  呵: 'he1',
  耶: 'ye1',
  撒: 'sa1',
  卡: 'ka3',
  扎: 'zha1',
  朴: 'pu3',
  叶: 'ye4',
  那: 'na4',
  查: 'cha2',
  莎: 'sha1',
  佛: 'fo2',
  汗: 'han2',
};

/** Characters typical of transliterated names (of the ~200 that 新华社 transliteration tables use most). */
export const TRANSLITERATION_CHARACTERS =
  '尔斯克特德拉伊卡曼托西蒙姆雷达丹珠巴布亚尼诺罗里维格莱泽凯哈阿瓦科普艾埃奥乌弗夫基吉贝杰森索苏图纳米马迪多耶柯勒塔坦库帕佩芒希萨沙雅赫霍洛伦琳娜莎妮芬茨兹奇利蒂缪迈赛宾汉菲戈博桑古恩朗林舍穆默';

/**
 * Readings a character has in place names, used before a place suffix (上江圩镇 wéi, 王垛乡, 莘庄,
 * 阆州). Characters common in other uses (六安, 台州, 乐亭, 铅山, 番禺, 单县) are not here: their place
 * names are dictionary words, and 六村 is "six villages".
 */
export const PLACE_READINGS: Readonly<Record<string, string>> = {
  圩: 'wei2',
  垛: 'duo3',
  姥: 'mu3',
  莘: 'xin1',
  阆: 'lang4',
  蠡: 'li3',
  涌: 'chong1',
  莞: 'guan3',
  弄: 'long4',
  歙: 'she4',
  浚: 'xun4',
  泌: 'bi4',
  犍: 'qian2',
  筠: 'jun1',
  枞: 'zong1',
  郫: 'pi2',
  峒: 'dong4',
  閤: 'ge2',
  剡: 'shan4',
};

/** First characters of place suffixes (镇 乡 村 县 州 …) and whole suffix words (公社, 街道). */
export const PLACE_SUFFIX_CHARACTERS =
  '镇乡村县州市区站山湖河江桥城庄街路港湾岛寺庙峡坝堡屯寨沟溪岭坡洲府郡营铺集口坪塘垸圩';
export const PLACE_SUFFIX_WORDS: readonly string[] = ['公社', '街道', '社区', '地区', '一带', '大队', '水库', '车站'];

/** Readings a character has as a given name, after a lone surname (王媛 yuán, 郑覃 tán, 杨侗 tóng, 李为 wéi). */
export const GIVEN_NAME_READINGS: Readonly<Record<string, string>> = {
  为: 'wei2',
  媛: 'yuan2',
  覃: 'tan2',
  侗: 'tong2',
  颉: 'xie2',
  晔: 'ye4',
  蕃: 'fan2',
};

/**
 * The reading of a character that stands alone where its dictionary default lives in words of its
 * own (so a lone occurrence is the other reading): 蛤 há only in 蛤蟆 (a lone 蛤 is a clam, gé);
 * 肖 xiào in 肖像/生肖/不肖 (alone it is the surname Xiāo); 媛 yuàn in 名媛 (names: yuán); 什 shén in
 * 什么 (alone: shí, 什锦, 什一); 攒 zǎn in 攒钱/积攒 (alone: cuán, 攒尖, 攒聚); 咳 hāi as an
 * interjection at a sentence start only (ké "cough"); 率 lǜ in 效率/概率 (alone: shuài "to lead");
 * 量 liáng before its object (alone: the noun suffix liàng, 计算量); 只 zhī after numbers (alone: zhǐ
 * "only"); 阙 quē in 阙如 (alone: què "palace gate"); 帖 tiē in 妥帖/服帖 (alone: tiě, 字帖, 请帖);
 * 姥 lǎo in 姥姥 (alone: mǔ, 天姥); 裨 bì in 裨益 (alone: pí, 裨将);
 * 闷 mēn in 闷热 (alone: mèn); 钌 liào a hinge (alone in chemistry: liǎo, ruthenium); 毂 gū in 毂辘
 * (alone: gǔ, hub); 鬲 gé a surname (alone: lì, a tripod);
 * 垛 duò in 草垛/麦垛 (alone: duǒ, 城垛 and place names); 蠡 lí in 管窥蠡测 (alone: lǐ, 蠡县, 范蠡);
 * 阆 only làng; 莘 shēn in 莘莘 (alone: xīn, 莘庄); 圩 xū a market (south China), wéi a dike and in
 * most place names; 牟 mù only in the place name 牟平 (a word), alone it is the surname Móu or móu
 * "to seek" (牟利); 哩 lī only in 哩哩啦啦 (alone: lǐ, a mile, and in transliterations); 颉 jié only
 * in 仓颉 (alone: xié, 颉利, and in names).
 */
export const LONE_DEFAULTS: Readonly<Record<string, string>> = {
  蛤: 'ge2',
  肖: 'xiao1',
  媛: 'yuan2',
  什: 'shi2',
  攒: 'cuan2',
  咳: 'ke2',
  率: 'shuai4',
  量: 'liang4',
  只: 'zhi3',
  阙: 'que4',
  帖: 'tie3',
  姥: 'mu3',
  裨: 'pi2',
  闷: 'men4',
  钌: 'liao3',
  毂: 'gu3',
  鬲: 'li4',
  垛: 'duo3',
  蠡: 'li3',
  阆: 'lang4',
  莘: 'xin1',
  圩: 'wei2',
  牟: 'mou2',
  哩: 'li3',
  颉: 'xie2',
};

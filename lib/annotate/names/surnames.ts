/**
 * Family names whose reading as a surname differs from the character's everyday reading
 * (曾 zēng, not céng), and compound surnames (read as a unit). Numbered pinyin.
 * Sources: 现代汉语词典 surname notes and the "surname X" entries of CC-CEDICT.
 */
export const SURNAME_READINGS: Readonly<Record<string, string>> = {
  // Compound surnames.
  尉迟: 'yu4 chi2',
  万俟: 'mo4 qi2',
  单于: 'chan2 yu2',
  长孙: 'zhang3 sun1',
  澹台: 'tan2 tai2',
  令狐: 'ling2 hu2',
  乐正: 'yue4 zheng4',
  诸葛: 'zhu1 ge3',
  欧阳: 'ou1 yang2',
  司马: 'si1 ma3',
  上官: 'shang4 guan1',
  皇甫: 'huang2 fu3',
  宇文: 'yu3 wen2',
  慕容: 'mu4 rong2',
  夏侯: 'xia4 hou2',
  东方: 'dong1 fang1',
  公孙: 'gong1 sun1',
  轩辕: 'xuan1 yuan2',
  呼延: 'hu1 yan2',
  端木: 'duan1 mu4',
  申屠: 'shen1 tu2',
  闻人: 'wen2 ren2',
  赫连: 'he4 lian2',
  南宫: 'nan2 gong1',
  司徒: 'si1 tu2',
  司空: 'si1 kong1',
  淳于: 'chun2 yu2',
  拓跋: 'tuo4 ba2',
  钟离: 'zhong1 li2',
  西门: 'xi1 men2',
  // Single-character surnames with a special reading.
  曾: 'zeng1',
  单: 'shan4',
  解: 'xie4',
  仇: 'qiu2',
  区: 'ou1',
  查: 'zha1',
  乐: 'yue4',
  朴: 'piao2',
  盖: 'ge3',
  召: 'shao4',
  华: 'hua4',
  种: 'chong2',
  繁: 'po2',
  缪: 'miao4',
  覃: 'qin2',
  翟: 'zhai2',
  折: 'she2',
  员: 'yun4',
  秘: 'bi4',
  过: 'guo1',
  句: 'gou1',
  黑: 'he4',
  宓: 'fu2',
  尉: 'wei4',
  长: 'chang2',
  重: 'chong2',
  朝: 'chao2',
  都: 'du1',
  那: 'na1',
  任: 'ren2',
  燕: 'yan1',
  纪: 'ji3',
  薄: 'bo2',
  殷: 'yin1',
  应: 'ying1',
  相: 'xiang4',
  谌: 'chen2',
  曲: 'qu1',
  贾: 'jia3',
  蕃: 'pi2',
  便: 'pian2',
  角: 'jue2',
  柏: 'bai3',
  盛: 'sheng4',
  车: 'che1',
  莘: 'shen1',
  能: 'nai4',
  佴: 'nai4',
  厍: 'she4',
  卜: 'bu3',
  洗: 'xian3',
  藉: 'ji2',
};

/**
 * Common single-character family names (the most frequent ones of the Hundred Family Names
 * as used today). Only used to guess whether a short unknown Han run is a person's name.
 */
export const COMMON_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝区郜阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄计索宣晋相初云容敬扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇湛宾戎勾茅利揭但尉冶斯元束檀衣展阴昝智幸奉植衡富尧召种覃折员秘句黑宓';

/**
 * Characters that practically never occur in a given name; a short run containing one after
 * the surname is a phrase (高兴地, 王老师说), not a name.
 */
export const NOT_IN_GIVEN_NAMES =
  '的了是在不他她它我你们这那说有和也就都而及与或个吗呢吧啊么着过给被把让从对向到去来上下里没很还又再才已将会能要想看得地年月日时分号' +
  // Place suffixes: 黄陂县, 莘庄, 伏龙观 are places, not people.
  '县镇乡村庄站区市州寺庙观街路港';

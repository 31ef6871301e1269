/**
 * @module privacy/pii/cjk-field-names — Chinese, Japanese and Korean names in the value of a form
 * field whose label names a person ("收货人：王思远", "担任：山本 拓海", "보호자：김수빈", "탑승객 2: 한지훈 —").
 *
 * These scripts have no capitals and no spaces inside a Chinese or Korean name, so the evidence is
 * twofold: the label is a person noun of form vocabulary (recipient, guardian, teacher, passenger,
 * account holder…, or any Chinese label ending in 人 "person" or 者 "-er"), and the value is short and
 * begins with a common family name of that language. Written on 2026-11-25 (ADR 0011, eighth round)
 * from general knowledge of CJK forms.
 *
 * Since 2026-11-26 the label may be missing when an honorific or a job title follows the name
 * ("佐藤 美咲さん", "金智媛 님", "陈建国先生", "오세훈 팀장"), and a Korean or Japanese label may be followed
 * by a space instead of a colon ("보호자 윤재희"). Titles double as everyday words with a family-name
 * character in front ("项目经理", "고객님", "선생님"), so the name must begin with a family name, be short,
 * and be no listed everyday word; see {@link cjkHonorificNames}.
 */
import { spanAt, type PiiSpan } from './types.js';

/** Person labels of Chinese, Japanese and Korean forms (longest first where one contains another). */
const PERSON_LABELS = [
  // Chinese (simplified and traditional)
  '姓名', '名字', '户名', '戶名', '账户名', '帳戶名', '持卡人', '收货人', '收貨人', '收件人', '联系人', '聯絡人', '申请人', '申請人',
  '负责人', '負責人', '经办人', '經辦人', '投保人', '被保险人', '被保險人', '受益人', '监护人', '監護人', '代理人', '法定代表人',
  '班主任', '主任', '老师', '老師', '医生', '醫生', '医师', '醫師', '客户', '客戶', '患者', '病人', '乘客', '旅客', '学生', '學生',
  '家长', '家長', '父亲', '父親', '母亲', '母親', '配偶', '司机', '司機', '骑手', '騎手', '客服', '业务员', '業務員', '经理', '經理',
  '作者', '签名', '簽名', '住户', '住戶', '房东', '房東', '租客', '员工', '員工', '寄件人', '收件人姓名', '寄件人姓名', '发件人', '發件人',
  '部门主管', '部門主管', '直属上级', '直屬上級', '推荐人', '推薦人', '面试官', '面試官', '招聘专员', '招聘專員',
  // Japanese
  'お名前', '氏名', '名前', 'フリガナ', 'ふりがな', '担当者', '担当', '担任', '保護者', '申込者', '契約者', '受取人', '宛名', '名義人', '名義',
  '代表者', '搭乗者', '医師', '先生', '作成者', '申請者', '依頼者', 'お客様', '推薦者', '面接官', '人事担当', '振込先', '送金先',
  // Delivery slips: the driver in charge ("担当ドライバー: 加藤").
  '担当ドライバー', 'ドライバー', '配達員', '配達担当',
  // Doctors of a referral letter and the person filling a form in ("担当医 山口悠真", "記入者：…").
  '担当医', '主治医', '紹介医', '記入者', '患者氏名',
  // The lawyer in charge of a matter ("担当弁護士：…", "담당 변호사: …", "承办律师：…").
  '担当弁護士', '弁護士', '담당 변호사', '담당변호사', '변호사', '承办律师', '承辦律師', '代理律师', '代理律師', '律师', '律師',
  // The emergency contact of an application form ("緊急連絡先：田中 由美（姉）").
  '緊急連絡先',
  // Korean
  '성명', '이름', '성함', '보호자', '담당자', '담당', '담임', '받는 분', '받는분', '수령인', '수취인', '예금주', '신청인', '신청자',
  '환자', '고객명', '고객', '탑승객', '승객', '작성자', '대표자', '계약자', '피보험자', '보험계약자', '의사', '선생님', '기사', '학생',
  '학부모', '세입자', '집주인', '직원', '환자성명', '환자명', '보내는 분', '보내는분', '배송기사', '택배기사', '신랑', '신부',
  // The civil servant in charge of a case ("담당 주무관: 이영숙").
  '담당 주무관', '주무관', '담당 공무원', '상담사',
];

/** Japanese labels written in kanji only (the kana ones are found by their script). */
const JA_ONLY_LABELS: ReadonlySet<string> = new Set(['担当弁護士', '弁護士', '担当医', '主治医', '紹介医', '記入者', '患者氏名', '氏名', '名前', '担当者', '担当', '担任', '保護者', '申込者', '契約者', '受取人', '宛名', '名義人', '名義', '代表者', '搭乗者', '医師', '作成者', '申請者', '依頼者', '緊急連絡先', '推薦者', '面接官', '人事担当', '振込先', '送金先']);

/** Common Chinese single-character family names (about the 120 most frequent; simplified and traditional). */
const CN_SURNAMES = new Set(
  [...'王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺'],
);
/** Chinese two-character family names. */
const CN_COMPOUND = new Set(['欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '皇甫', '令狐', '慕容', '司徒', '公孙', '公孫', '夏侯', '尉迟', '尉遲']);
/** Common Korean family names (one syllable each). */
const KO_SURNAMES = new Set([...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄변채원방천공현함염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈시단견당']);
/** Common Japanese family names in kanji (about 120 most frequent). */
const JP_SURNAMES = new Set(
  `佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 清水 山崎 森 池田 橋本
  阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田 西村 藤井 金子 岡本 藤原 三浦 中野
  中川 原田 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 内田 柴田 酒井 工藤 横山 宮崎 宮本 内藤 高木 安藤 谷口 大野 丸山 今井
  河野 藤本 村田 武田 上野 杉山 増田 平野 大塚 千葉 久保 松井 小島 岩崎 桜井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 菅原
  市川 水野 小松 島田 古川 小山 高田 西田 菊池 山内 西川 五十嵐 北村 安田 中田 川口 平田 川崎 飯田 吉川 本田 久保田 沢田 辻 関 吉村
  渡部 岩田 中西 服部 樋口 福島 川上 永井 松岡 田口 山中 森本 土屋 矢野 広瀬 秋山 石原 松下 大橋 松浦 吉岡 小池 馬場 浅野 荒木 大久保
  野田 小沢 田辺 川村 星野 黒田 堀 尾崎 望月 永田 熊谷 内山 松村 西山 大谷 平井 大島 岩本 片山 本間 早川 横田 岡崎 荒井 大石 鎌田
  成田 宮田 小田 石橋 篠原 須藤 河合 大森`.split(/\s+/),
);

const LABEL_ALT = PERSON_LABELS.map((l) => l.replace(/ /g, '[ \\t]?')).join('|');
/**
 * A value: two to four Han or Hangul characters, or a Japanese surname, a space and a given name; or a
 * name in katakana, as the reading field of a form gives it ("フリガナ：イトウ ケンイチ").
 */
const VALUE =
  '[\\p{Script=Han}\\p{Script=Hangul}]{2,4}(?:[ \\t\\u3000][\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]{1,4})?' +
  '|[\\p{Script=Katakana}ー]{2,8}(?:[ \\t\\u3000][\\p{Script=Katakana}ー]{1,8})?';
/**
 * What may close the value: the end, a line break, CJK or Latin punctuation, a closing quote (YAML and
 * JSON values: `姓名: "李浩然"`), a dash, an honorific.
 */
const CLOSE = '(?=$|[\\n\\r，、。；;,.（(\\u3000\\t"”」』]|[ \\t]+[—–\\-(+\\d]|[ \\t]{2}|[ \\t]*(?:님|씨|様|さん|先生|女士|老师|老師|변호사|弁護士|律师|律師))';
/**
 * Label (group 1), optional number ("탑승객 2"), a colon, then the value (group 2). The label starts a
 * line or follows a separator; any Chinese label ending in 人 or 者 counts too ("收款人", "申報者").
 */
const FIELD_RE = new RegExp(
  `(?<![\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}])(${LABEL_ALT}|\\p{Script=Han}{1,4}[人者])` +
    `(?:[ \\t]?\\d{1,2})?[ \\t]*[:：][ \\t\\u3000]*["“「『]?(${VALUE})${CLOSE}`,
  'gu',
);
/** Labels of the reading of a name, whose value is written in katakana ("フリガナ：イトウ ケンイチ"). */
const READING_LABELS: ReadonlySet<string> = new Set(['フリガナ', 'ふりがな']);
/** A name in katakana: one or two words. */
const KATAKANA_NAME = /^[\p{Script=Katakana}ー]{2,8}(?:[ \t\u3000][\p{Script=Katakana}ー]{1,8})?$/u;
/** Cheap gate: a full-width or ASCII colon and a Han or Hangul character somewhere. */
const GATE = /[\u3400-\u9fff\uac00-\ud7af]/;

/** True when `v` starts with a family name of its script (Chinese, Japanese or Korean) and is short. */
export function startsWithSurname(v: string): boolean {
  const first = v[0] ?? '';
  if (/\p{Script=Hangul}/u.test(first)) return KO_SURNAMES.has(first) && v.replace(/[ \t\u3000]/g, '').length <= 4;
  const core = v.split(/[ \t\u3000]/)[0] ?? '';
  // "井上 真由美" (spaced) or "高橋真一" (glued: a listed family name, then a given name of one to three kanji).
  if (JP_SURNAMES.has(core) || japaneseNameStart(core, false) === 0) return true;
  if (CN_COMPOUND.has(v.slice(0, 2))) return core.length <= 4;
  return CN_SURNAMES.has(first) && core.length <= 3;
}

/** CJK names in person fields or before an honorific, appended to `out`. */
export function cjkFieldNames(text: string, out: PiiSpan[]): void {
  if (!GATE.test(text)) return;
  cjkHonorificNames(text, out);
  koreanAddressedNames(text, out);
  selfIntroducedNames(text, out);
  spacedLabelNames(text, out);
  chineseGreetedNames(text, out);
  japaneseNameLines(text, out);
  spacedJapaneseNameEnds(text, out);
  titledShortNames(text, out);
  if (text.indexOf(':') >= 0) latinLabelledNames(text, out);
  if (text.indexOf(':') < 0 && text.indexOf('：') < 0) return;
  for (const m of text.matchAll(FIELD_RE)) {
    const value = m[2] ?? '';
    if (!startsWithSurname(value) && !(READING_LABELS.has(m[1] ?? '') && KATAKANA_NAME.test(value))) continue;
    if (koreanNounWithParticle(value)) continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push({ type: 'PERSON', start: end - value.length, end, value });
  }
}

/**
 * A CJK name as the value of a label in Latin script ("Group leader: 林静 +65 …", "- Harbour Walk:
 * 佐藤 健 +81 …", "Driver: 박지민"): the value opens with a family name of its script, is short, and
 * closes its line or comes before a phone, a bracket or a delimiter. Group 1 is the name.
 */
const LATIN_LABEL_CJK_RE =
  /[A-Za-z)][ \t]*:[ \t]*([\p{Script=Han}\p{Script=Hangul}]{2,4}|\p{Script=Han}{1,3}[ \u3000]\p{Script=Han}{1,3})(?=[ \t]*(?:$|\n|\r|[+(\d,;|]))/gu;

/** Names of {@link LATIN_LABEL_CJK_RE}. */
function latinLabelledNames(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(LATIN_LABEL_CJK_RE)) {
    const v = m[1] ?? '';
    // Korean names have two or three syllables; four are a noun ("고객센터", customer centre).
    if (!startsWithSurname(v) || PLACE_END.test(v) || /^\p{Script=Hangul}{4}$/u.test(v)) continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push({ type: 'PERSON', start: end - v.length, end, value: v });
  }
}

/**
 * A Japanese name written with a space that closes its line after other words ("【遅刻連絡】3年2組 佐藤 健"):
 * a listed family name of two or more kanji, a space, a given name of one to three kanji.
 */
const SPACED_JP_END_RE = /(?<=[ \t\u3000\]】）)])(\p{Script=Han}{2,4})[ \u3000](\p{Script=Han}{1,3})(?=[ \t\u3000]*(?:\r?\n|$))/gu;

/** Names of {@link SPACED_JP_END_RE}. */
function spacedJapaneseNameEnds(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(SPACED_JP_END_RE)) {
    const surname = m[1] ?? '';
    const given = m[2] ?? '';
    if (!JP_SURNAMES.has(surname) || PLACE_END.test(given) || HAN_SUFFIXES.includes(given)) continue;
    const start = m.index ?? 0;
    out.push({ type: 'PERSON', start, end: start + m[0].length, value: m[0] });
  }
}

/** A line of three to five kanji alone (the name under a letter's address block or at its end). */
const KANJI_LINE_RE = /(?:^|\n)[ \t\u3000]*(\p{Script=Han}{3,5})[ \t\u3000]*(?=\r?\n|$)/gu;
/** Last characters of place names, which stand alone on an address's lines ("渋谷区", "中村区", "横浜市"). */
const PLACE_END = /[区市町村県都府道郡駅線丁目号]$/u;
/** Shortest family name read on a line alone: one kanji ("林", "森", "原") begins too many words. */
const MIN_LINE_SURNAME = 2;

/**
 * Japanese names alone on their line ("⏎⏎井上真由美" closing a letter or a billing address): a listed family
 * name of two or more kanji, then a given name of one to three, and no place or organisation ending.
 */
function japaneseNameLines(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(KANJI_LINE_RE)) {
    const v = m[1] ?? '';
    if (PLACE_END.test(v) || japaneseNameStart(v, false) !== 0) continue;
    let len = 4;
    while (len >= MIN_LINE_SURNAME && !JP_SURNAMES.has(v.slice(0, len))) len--;
    if (len < MIN_LINE_SURNAME || v.length - len < 1) continue;
    const end = (m.index ?? 0) + m[0].length - (m[0].length - m[0].trimEnd().length);
    out.push({ type: 'PERSON', start: end - v.length, end, value: v });
  }
}

/**
 * A Chinese name opening a line and followed by "您好"/"你好" (hello), maybe after a comma ("黄俊杰，您好！"),
 * or after "亲爱的"/"尊敬的" (dear, respected) and before a comma or a colon ("尊敬的王芳：").
 */
const ZH_GREETING_RE =
  /(?:^|\n)[ \t]*(\p{Script=Han}{2,4})[ \t]*[，,]?[ \t]*(?:您好|你好)|(?:亲爱的|親愛的|尊敬的)[ \t]*(\p{Script=Han}{2,4})(?=[ \t]*[，,：:！!]|[ \t]*$)/gmu;

/** Chinese names greeted at a letter's or message's opening. */
function chineseGreetedNames(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(ZH_GREETING_RE)) {
    const name = m[1] ?? m[2] ?? '';
    // "刘先生，您好": a family name and a title are left to cjkHonorificNames, which keeps the title out.
    if (!chineseName(name) || HAN_SUFFIXES.some((t) => name.endsWith(t))) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
}

/** Japanese honorifics after a name (御中 is left out: it follows companies and departments). */
const JA_SUFFIXES = ['さん', 'さま', '様', '殿', '氏', 'くん', '君', 'ちゃん'];
/** Chinese forms of address and job titles after a family name or a full name (simplified and traditional). */
const ZH_SUFFIXES = [
  '总经理', '總經理', '女士', '小姐', '太太', '老师', '老師', '医生', '醫生', '大夫', '护士', '護士', '经理', '經理', '主任', '教授',
  '博士', '律师', '律師', '院长', '院長', '校长', '校長', '师傅', '師傅', '同学', '同學',
];
/** Honorifics both languages put after a name ("山田先生", "王先生"). */
const SHARED_SUFFIXES = ['先生'];
/** Korean honorifics and job titles after a name, longest first where one begins another. */
const KO_SUFFIXES = [
  '고객님', '선생님', '기사님', '간호사', '매니저', '실장', '과장', '부장', '차장', '대리', '팀장', '사원', '원장', '교수', '주무관', '계장', '주임', '님', '씨',
];
/** Korean job titles written after a family name alone or a name in Latin letters ("김 주무관", "Lehtonen 팀장"). */
const KO_JOB_TITLES = ['주무관', '팀장', '과장', '계장', '주임', '대리', '실장', '부장', '차장', '매니저', '원장', '교수', '기사님', '간호사', '선생님'];
/**
 * A family name of one syllable or a name in Latin letters, a space, then a Korean job title, or a name
 * in Latin letters before a Japanese honorific ("담당 공무원 김 주무관이", "担当：市民課 Okafor さん"): the
 * title is the evidence. Group 1 is the name.
 */
const TITLED_SHORT_RE = new RegExp(
  `(?<![\\p{L}])(\\p{Script=Hangul}|\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+){0,2})[ \\t](?:${KO_JOB_TITLES.join('|')})|(?<![\\p{L}])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+){0,2})[ \\t]?(?:さん|様|さま|氏)`,
  'gu',
);

/** Names of {@link TITLED_SHORT_RE}; a lone Hangul syllable must be a listed family name. */
function titledShortNames(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(TITLED_SHORT_RE)) {
    const name = m[1] ?? m[2] ?? '';
    if (name.length === 1 && !KO_SURNAMES.has(name)) continue;
    const at = m.index ?? 0;
    out.push(spanAt('PERSON', text, at, at + name.length));
  }
}
const HAN_SUFFIXES = [...ZH_SUFFIXES, ...SHARED_SUFFIXES, ...JA_SUFFIXES];
const HAN_SUFFIX_ALT = [...HAN_SUFFIXES].sort((a, b) => b.length - a.length).join('|');
/**
 * A run of Han characters (group 1), maybe a space and a Japanese given name (group 2), maybe a space,
 * then an honorific (group 3). The run is lazy so that "张总经理" ends the name before "总经理"; it
 * starts after a non-Han character, so an embedded run ("请联系王芳先生") is cut down in code.
 */
const HAN_HONORIFIC_RE = new RegExp(
  `(?<![\\p{Script=Han}々])(\\p{Script=Han}{1,8}?)(?:[ \\u3000](\\p{Script=Han}{1,3})|[ \\u3000]?(\\p{Script=Hiragana}{2,4}|\\p{Script=Katakana}{2,5}))?` +
    `[ \\u3000]?(${HAN_SUFFIX_ALT})(?![々子名])`,
  'gu',
);
/**
 * Kana after a family name that are particles, not a given name written in kana ("佐藤には先生", "田中から様",
 * "山田たち"): Japanese given names are often kana ("佐藤さくら", "小林ゆい"), particles never are names.
 */
const KANA_NOT_GIVEN = /^(?:には|とは|では|から|より|まで|への|との|にも|でも|など|たち|の|が|を|に|は|へ|と|も|や)/u;
/**
 * Particles and copulas that may follow a Korean title ("과장님께서", "씨가", "실장입니다"), the past
 * copula among them ("박수빈 씨였던 것 같아요", it was Mr/Ms …); a title glued to other syllables ("대리점"
 * agency, "사원증" staff card) is another word.
 */
const KO_TAIL =
  '(?:님)?(?:께서|께|에게|한테|이랑|랑|으로|로|입니다|이에요|예요|이고|이며|(?:이)?었\\p{Script=Hangul}{0,3}|였\\p{Script=Hangul}{0,3}|이|가|은|는|을|를|의|과|와|도|만)?(?!\\p{Script=Hangul})';
/** A Hangul word (group 1), maybe a space (group 2), a Korean honorific or title (group 3). */
const KO_HONORIFIC_RE = new RegExp(
  `(?<!\\p{Script=Hangul})(\\p{Script=Hangul}{2,4}?)([ \\t]?)(${KO_SUFFIXES.join('|')})${KO_TAIL}`,
  'gu',
);
/** Korean two-syllable family names. */
const KO_COMPOUND = new Set(['남궁', '황보', '제갈', '선우', '독고', '사공', '서문']);
/**
 * Korean words that begin with a family-name syllable and stand before titles: determiners and
 * adverbs ("이번", "모든", "여러"), titles and kin nouns themselves ("선생", "사장", "이모"), everyday
 * nouns ("고객", "기사", "남자"), places. A name cannot be one of them.
 */
const KO_STOP: ReadonlySet<string> = new Set(
  `이번 이미 이제 이분 이런 이거 이것 이곳 이쪽 이날 정말 정도 정기 정식 진짜 지금 지난 오늘 오직 오래 우리 우수 여러 여자 남자 모든 모두
  고객 기사 기존 신규 신입 신혼 전체 전부 전담 전화 전임 선생 사장 부장 이사 원장 차장 주인 하나 하느 부모 조상 예수 신부 목사 감독 위원
  장군 사모 장모 고모 이모 조카 사촌 선배 동료 동생 형제 성도 신도 권사 장로 경찰 기장 소장 국장 반장 주임 강사 배우 가수 작가 선수
  감사 고문 경리 상무 전무 어제 방금 문의 연락 한국 서울 부산 제주 강남 강북 서초 송파 마포 용산 노원 도봉 은평 구로 동작 강서 강동
  종로 명동 제가 제게 제일 최고 최근 최초 최종 안내 안녕 한번 한분 한편 노인 성함 담당 사원 교수 대리 과장 실장 팀장 매니저
  간호사 변호사 구청장 도지사 부사장 부회장 부원장 부교수 조교수 정교수 전문의 주치의 한의사 이사장 사무장 상담사 상담원 안내원
  배달원 경비원 공무원 연구원 사회자 운영자 신청자 정비사 조리사 기관사 어머니 어머님 여러분 우리들 모두들 이분들
  주소 주문 배송 배달 연락처 전화번호 예약 결제 환불 요금 기사님 고객님`.split(/\s+/),
);
/**
 * A Korean noun and its particle after a role label ("고객: 주소는 …", customer: the address is …): the
 * turn's first words, not a name.
 */
function koreanNounWithParticle(v: string): boolean {
  return /^\p{Script=Hangul}{3,4}$/u.test(v) && /[는은을를이가에도의]$/u.test(v) && KO_STOP.has(v.slice(0, -1));
}

/** Last syllables of Korean modifiers and particles ("소중한 고객님", "고마운 선생님", "이번에 과장"). */
const KO_NOT_NAME_END = /[한운는던된될할적의를을에께서도만로분들이가]$/u;
/**
 * Chinese words that begin with a family-name character and stand before titles ("项目经理", "历史老师",
 * "全科医生", "司机师傅", "高中同学"); a name cannot be one of them.
 */
const ZH_STOP: ReadonlySet<string> = new Set(
  `项目 項目 历史 歷史 高中 高级 高級 高校 文学 文學 文化 文科 安全 全职 全職 全体 全體 全部 全科 常务 常務 明星 金融 金牌 石油 程序 车间
  車間 方面 时候 時候 周末 和平 成人 成年 华人 華人 华侨 黃金 黄金 白班 关系 關係 管理 游戏 遊戲 商务 商務 司机 司機 司法 古典 查询 查詢
  麻醉 师范 師範 单身 單身 单位 單位 韩语 韓語 房产 房產 农业 農業 马上 馬上 钟点 鐘點 包装 包裝 应用 應用 连锁 連鎖 宗教 向导 嚮導`.split(/\s+/),
);
/**
 * Family-name characters that are far more often function words ("和" and, "向" towards, "时" when,
 * "应" should, "常" often, "成" become, "全" all): before another family name they are not part of it.
 */
const ZH_FUNCTION_FIRST = new Set([...'和向时時应應常成全于於']);
/**
 * What stands right before a name inside a longer run of Han characters: particles, prepositions and
 * verbs of contact ("的", "和", "给", "请", "联系", "安排", "感谢"), and role nouns ("客服", "同事"). Only after one of them is a name
 * cut out of the run ("请联系王芳先生" → "林静"); otherwise "历史老师" would yield "史".
 */
const ZH_INTRODUCER_END = /(?:[的是和跟与與同给給向对對把被让讓叫请請由为為位找问問及或等从從将將到带帶约約交寄见見]|联系|聯繫|联络|聯絡|安排|通知|告诉|告訴|感谢|感謝|谢谢|謝謝|麻烦|麻煩|拜托|拜託|转告|轉告|今天|明天|昨天|刚才|剛才|已经|已經|还有|還有|以及|客服|同事|朋友|邻居|鄰居|领导|領導|老板|老闆|主管)$/u;
/** Last characters of words naming a group or place rather than a person (会社, 店, 部, 者…). */
const JA_NOT_NAME_END = /[者社部課係店局所会家院員室長方達屋組]$/u;
/** Longest Chinese name: a family name and two given characters (a compound family name: four). */
const ZH_MAX = 3;
/** Longest Japanese given name written in kanji after the family name. */
const JA_GIVEN_MAX = 3;

/** Start of the Japanese name inside `run` (family name, then at most a short given name), or -1. */
function japaneseNameStart(run: string, spaced: boolean): number {
  for (let i = 0; i < run.length; i++) {
    for (let len = Math.min(4, run.length - i); len >= 1; len--) {
      const rest = run.length - i - len;
      if (!JP_SURNAMES.has(run.slice(i, i + len))) continue;
      // "山本 拓海": the given name follows the space; "渡辺健": it is glued to the family name.
      if (spaced ? rest === 0 : rest <= JA_GIVEN_MAX) return JA_NOT_NAME_END.test(run) ? -1 : i;
    }
  }
  return -1;
}

/** True when `v` is a Chinese name: a listed family name, short, and no everyday word. */
function chineseName(v: string): boolean {
  if (ZH_STOP.has(v)) return false;
  if (CN_COMPOUND.has(v.slice(0, 2))) return v.length <= ZH_MAX + 1;
  return CN_SURNAMES.has(v[0] ?? '') && v.length <= ZH_MAX;
}

/**
 * Start of the Chinese name inside `run` (the Han characters before the title), or -1. A short run is
 * the name itself ("王思远", "李"), less a leading function word ("和王芳" → "林静"); in a longer run
 * the name must follow a particle or a verb of contact.
 */
function chineseNameStart(run: string): number {
  if (chineseName(run) && !ZH_INTRODUCER_END.test(run.slice(0, 2))) {
    const shift = ZH_FUNCTION_FIRST.has(run[0] ?? '') && run.length > 1 && CN_SURNAMES.has(run[1] ?? '');
    return shift ? 1 : 0;
  }
  for (let len = Math.min(ZH_MAX + 1, run.length - 1); len >= 1; len--) {
    const at = run.length - len;
    const cand = run.slice(at);
    // "麻烦和黄老师": "和" belongs to the introducer, not to the name.
    if (ZH_FUNCTION_FIRST.has(cand[0] ?? '') && CN_SURNAMES.has(cand[1] ?? '')) continue;
    if (ZH_INTRODUCER_END.test(run.slice(0, at)) && chineseName(cand)) return at;
  }
  return -1;
}

/** True when `v` (the Hangul word before a title) is a Korean name; `spaced` when a space separates them. */
function koreanName(v: string, suffix: string, spaced: boolean): boolean {
  if (KO_STOP.has(v)) return false;
  const compound = KO_COMPOUND.has(v.slice(0, 2));
  if (!compound && !KO_SURNAMES.has(v[0] ?? '')) return false;
  // Four syllables are a compound family name and a given name ("남궁민수"); other four-syllable words are phrases.
  if (v.length === 4 && !compound) return false;
  // Two syllables glued to "님" are nearly always a title or kin word ("부장님", "이모님"), not a name.
  if (v.length === 2 && !spaced && suffix !== '씨') return false;
  // "소중한 고객님", "이번에 과장": a modifier or a particle before a spaced title.
  return !(spaced && KO_NOT_NAME_END.test(v));
}

/**
 * Chinese, Japanese and Korean names right before an honorific or job title, with no label: "鈴木様",
 * "山本 拓海さん", "王思远先生", "李女士", "이서진님", "박준호 과장". The title stays out of the span.
 */
export function cjkHonorificNames(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(HAN_HONORIFIC_RE)) {
    const run = m[1] ?? '';
    const given = m[2];
    const kana = m[3];
    const suffix = m[4] ?? '';
    const at = m.index ?? 0;
    if (kana !== undefined) {
      // "佐藤さくら 先生": a Japanese family name ending the run, a kana given name, a Japanese honorific.
      const i = japaneseNameStart(run, true);
      if (i >= 0 && !ZH_SUFFIXES.includes(suffix) && !KANA_NOT_GIVEN.test(kana)) {
        const kanaAt = text.indexOf(kana, at + run.length);
        out.push(spanAt('PERSON', text, at + i, kanaAt + kana.length));
      }
      continue;
    }
    let start = -1;
    let end = at + run.length + (given === undefined ? 0 : 1 + given.length);
    if (!ZH_SUFFIXES.includes(suffix)) {
      const i = japaneseNameStart(run, given !== undefined);
      if (i >= 0) start = at + i;
    }
    if (start < 0 && !JA_SUFFIXES.includes(suffix) && given === undefined) {
      const i = chineseNameStart(run);
      if (i >= 0) start = at + i;
      end = at + run.length;
    }
    if (start >= 0) out.push(spanAt('PERSON', text, start, end));
  }
  for (const m of text.matchAll(KO_HONORIFIC_RE)) {
    const name = m[1] ?? '';
    if (!koreanName(name, m[3] ?? '', (m[2] ?? '') !== '')) continue;
    const at = m.index ?? 0;
    out.push(spanAt('PERSON', text, at, at + name.length));
  }
}

/** The Korean and Japanese person labels (Korean and Japanese forms may separate label and value by a space). */
const KO_JA_LABELS = PERSON_LABELS.filter((l) => /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(l) || JA_ONLY_LABELS.has(l));
/**
 * A Korean or Japanese person label, a space (no colon), then a Korean word (group 1) or a Japanese
 * name (group 2), closed as a field value is ("보호자 윤재희", "担当 小野 真一\n"). Chinese is left out:
 * it writes no space there, and its family names are too often everyday characters.
 */
const SPACED_LABEL_RE = new RegExp(
  `(?<![\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}])(?:${KO_JA_LABELS.map((l) => l.replace(/ /g, '[ \\t]?')).join('|')})` +
    `[ \\t\\u3000]+(?:(\\p{Script=Hangul}{3,4})|(\\p{Script=Han}{1,4}(?:[ \\t\\u3000]\\p{Script=Han}{1,3})?))${CLOSE}`,
  'gu',
);

/**
 * A name opening the text, a line or a sentence, glued or spaced to "씨"/"님" and closed by a comma, a
 * "!" or the line end: a Korean family name alone ("이씨, 안녕하세요" — Mr Lee; one syllable is too
 * short for the title rule, so the position and the closing comma are the evidence), or a name in
 * Latin letters ("Park Seo-yeon씨,", "Daniel님!"). Group 1 is the name.
 */
const KO_ADDRESSED_RE = new RegExp(
  `(?:^|\\n|[.!?。][ \\t]+)[ \\t]*(\\p{Script=Hangul}|\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?(?: \\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?){0,2})[ \\t]?(?:씨|님)(?=[ \\t]*(?:[,!，！]|$|\\n))`,
  'gu',
);

/**
 * A writer naming themself: Korean "<role> 김민준입니다" / "저는 김민준입니다" (a three-syllable name
 * glued to "입니다", after a role word or "저는"), Japanese "<会社>の鈴木です" / "私は鈴木と申します"
 * (a listed family name, perhaps with a given name, between "の" or "私は" and "です", "と申します").
 */
const KO_SELF_RE = /(?:^|[ \t\n,.])(?:\p{Script=Hangul}{2,8}|저는)[ \t]+(\p{Script=Hangul}{3})입니다/gu;
const JA_SELF_RE = /(?:[\p{Script=Han}\p{Script=Katakana}ー]の|私は|わたしは)(\p{Script=Han}{1,4}(?:[ \u3000](?:\p{Script=Han}{1,3}|\p{Script=Hiragana}{2,4}))?)(?:です|と申します|でございます)/gu;

/** A line holding only a Japanese family and given name with a space between ("渡辺 翔太"), as business cards print it. */
const JA_NAME_LINE_RE = /^[ \t\u3000]*(\p{Script=Han}{1,3}[ \u3000]\p{Script=Han}{1,3})[ \t\u3000]*$/gmu;

/** Names of writers introducing themselves in Korean or Japanese (see {@link KO_SELF_RE}, {@link JA_SELF_RE}), and card name lines. */
function selfIntroducedNames(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(JA_NAME_LINE_RE)) {
    const name = m[1] ?? '';
    if (japaneseNameStart(name.split(/[ \u3000]/)[0] ?? '', true) !== 0) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name);
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
  for (const m of text.matchAll(KO_SELF_RE)) {
    const name = m[1] ?? '';
    if (!koreanName(name, '', true)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length - '입니다'.length;
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
  for (const m of text.matchAll(JA_SELF_RE)) {
    const name = m[1] ?? '';
    if (japaneseNameStart(name.split(/[ \u3000]/)[0] ?? '', /[ \u3000]/.test(name)) !== 0) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name, 1);
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
}

/** Korean family names and Latin names addressed with "씨"/"님" at a message's opening. */
function koreanAddressedNames(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(KO_ADDRESSED_RE)) {
    const name = m[1] ?? '';
    if (/^\p{Script=Hangul}$/u.test(name) && !KO_SURNAMES.has(name)) continue;
    const start = (m.index ?? 0) + m[0].lastIndexOf(name);
    out.push(spanAt('PERSON', text, start, start + name.length));
  }
}

/** Korean and Japanese names after a person label and a space instead of a colon. */
function spacedLabelNames(text: string, out: PiiSpan[]): void {
  for (const m of text.matchAll(SPACED_LABEL_RE)) {
    const value = m[1] ?? m[2] ?? '';
    const end = (m.index ?? 0) + m[0].length;
    const start = end - value.length;
    // Korean: a full name (three syllables, or four with a compound family name) passing the title rule's checks.
    const ok = m[1] !== undefined ? koreanName(value, '', true) : japaneseNameStart(value.split(/[ \t\u3000]/)[0] ?? '', /[ \t\u3000]/.test(value)) === 0;
    if (ok) out.push(spanAt('PERSON', text, start, end));
  }
}

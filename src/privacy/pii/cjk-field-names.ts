/**
 * @module privacy/pii/cjk-field-names — Chinese, Japanese and Korean names in the value of a form
 * field whose label names a person ("收货人：王思远", "担任：山本 拓海", "보호자：김수빈", "탑승객 2: 한지훈 —").
 *
 * These scripts have no capitals and no spaces inside a Chinese or Korean name, so the evidence is
 * twofold: the label is a person noun of form vocabulary (recipient, guardian, teacher, passenger,
 * account holder…, or any Chinese label ending in 人 "person" or 者 "-er"), and the value is short and
 * begins with a common family name of that language. Written on 2026-11-25 (ADR 0011, eighth round)
 * from general knowledge of CJK forms.
 */
import type { PiiSpan } from './types.js';

/** Person labels of Chinese, Japanese and Korean forms (longest first where one contains another). */
const PERSON_LABELS = [
  // Chinese (simplified and traditional)
  '姓名', '名字', '户名', '戶名', '账户名', '帳戶名', '持卡人', '收货人', '收貨人', '收件人', '联系人', '聯絡人', '申请人', '申請人',
  '负责人', '負責人', '经办人', '經辦人', '投保人', '被保险人', '被保險人', '受益人', '监护人', '監護人', '代理人', '法定代表人',
  '班主任', '主任', '老师', '老師', '医生', '醫生', '医师', '醫師', '客户', '客戶', '患者', '病人', '乘客', '旅客', '学生', '學生',
  '家长', '家長', '父亲', '父親', '母亲', '母親', '配偶', '司机', '司機', '骑手', '騎手', '客服', '业务员', '業務員', '经理', '經理',
  '作者', '签名', '簽名', '住户', '住戶', '房东', '房東', '租客', '员工', '員工',
  // Japanese
  'お名前', '氏名', '名前', 'フリガナ', '担当者', '担当', '担任', '保護者', '申込者', '契約者', '受取人', '宛名', '名義人', '名義',
  '代表者', '搭乗者', '医師', '先生', '作成者', '申請者', '依頼者', 'お客様',
  // Korean
  '성명', '이름', '성함', '보호자', '담당자', '담당', '담임', '받는 분', '받는분', '수령인', '수취인', '예금주', '신청인', '신청자',
  '환자', '고객명', '고객', '탑승객', '승객', '작성자', '대표자', '계약자', '피보험자', '보험계약자', '의사', '선생님', '기사', '학생',
  '학부모', '세입자', '집주인', '직원',
];

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
/** A value: two to four Han or Hangul characters, or a Japanese surname, a space and a given name. */
const VALUE = '[\\p{Script=Han}\\p{Script=Hangul}]{2,4}(?:[ \\t\\u3000][\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]{1,4})?';
/** What may close the value: the end, a line break, CJK or Latin punctuation, a dash, an honorific. */
const CLOSE = '(?=$|[\\n\\r，、。；;,.（(\\u3000\\t]|[ \\t]+[—–\\-(]|[ \\t]*(?:님|씨|様|さん|先生|女士|老师|老師))';
/**
 * Label (group 1), optional number ("탑승객 2"), a colon, then the value (group 2). The label starts a
 * line or follows a separator; any Chinese label ending in 人 or 者 counts too ("收款人", "申報者").
 */
const FIELD_RE = new RegExp(
  `(?<![\\p{Script=Han}\\p{Script=Hangul}\\p{Script=Hiragana}\\p{Script=Katakana}])(${LABEL_ALT}|\\p{Script=Han}{1,4}[人者])` +
    `(?:[ \\t]?\\d{1,2})?[ \\t]*[:：][ \\t\\u3000]*(${VALUE})${CLOSE}`,
  'gu',
);
/** Cheap gate: a full-width or ASCII colon and a Han or Hangul character somewhere. */
const GATE = /[\u3400-\u9fff\uac00-\ud7af]/;

/** True when `v` starts with a family name of its script. */
function startsWithSurname(v: string): boolean {
  const first = v[0] ?? '';
  if (/\p{Script=Hangul}/u.test(first)) return KO_SURNAMES.has(first) && v.replace(/[ \t\\u3000]/g, '').length <= 4;
  const core = v.split(/[ \t\\u3000]/)[0] ?? '';
  if (JP_SURNAMES.has(core)) return true;
  if (CN_COMPOUND.has(v.slice(0, 2))) return core.length <= 4;
  return CN_SURNAMES.has(first) && core.length <= 3;
}

/** CJK names in person fields, appended to `out`. */
export function cjkFieldNames(text: string, out: PiiSpan[]): void {
  if (!GATE.test(text) || (text.indexOf(':') < 0 && text.indexOf('：') < 0)) return;
  for (const m of text.matchAll(FIELD_RE)) {
    const value = m[2] ?? '';
    if (!startsWithSurname(value)) continue;
    const end = (m.index ?? 0) + m[0].length;
    out.push({ type: 'PERSON', start: end - value.length, end, value });
  }
}

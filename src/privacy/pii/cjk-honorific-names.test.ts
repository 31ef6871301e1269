/** @module privacy/pii/cjk-honorific-names.test — CJK names before an honorific or title, and after a spaced label. */
import { describe, expect, it } from 'vitest';
import { cjkFieldNames } from './cjk-field-names.js';
import type { PiiSpan } from './types.js';

const names = (text: string): string[] => {
  const out: PiiSpan[] = [];
  cjkFieldNames(text, out);
  for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.value);
  return [...new Set(out.map((s) => s.value))];
};

describe('cjkFieldNames: honorifics and titles after a name', () => {
  it.each([
    // Japanese: family name, maybe a given name, maybe a space, then the honorific.
    ['小林美穂 様\n\nこのたびはご注文ありがとうございます。', '小林美穂'],
    ['来週、石井 智也さんが伺います。', '石井 智也'],
    ['本日は松田様にご来店いただきました。', '松田'],
    ['担任の岡田先生から連絡がありました', '岡田'],
    ['ご宿泊者：森田優 様　到着：3月2日', '森田優'],
    ['村上くんと一緒に', '村上'],
    // Korean: a full name glued to 님 or 씨, or a title after a space.
    ['[안내] 윤서진님, 접수가 완료되었습니다.', '윤서진'],
    ['강태호 씨가 방문하셨습니다', '강태호'],
    ['문의: 총무팀 / 담당 배수민 대리', '배수민'],
    ['오세훈 팀장님께서 승인하셨습니다', '오세훈'],
    ['임지아 고객님, 안녕하세요', '임지아'],
    ['남궁민수 교수', '남궁민수'],
    ['김철 과장', '김철'],
    // Chinese: a family name alone or a full name, then a form of address or a job title.
    ['陈建国先生您好，您的包裹已发出。', '陈建国'],
    ['请联系客服刘女士。', '刘'],
    ['请联系周晓梅老师', '周晓梅'],
    ['这是高明经理的电话', '高明'],
    ['麻烦和黄老师说一声', '黄'],
    ['欧阳娜娜小姐', '欧阳娜娜'],
    ['張偉醫生', '張偉'],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    // Honorifics after words, not names.
    'お客様各位',
    '関係者様へのご案内',
    '皆様、ありがとうございます',
    'その様子を見て',
    '株式会社村田製作所 御中',
    '王様のブランチ',
    // Korean titles and kin words with a family-name syllable in front; modifiers before a title.
    '고객님, 안녕하세요',
    '선생님께 여쭤보세요',
    '사장님이 오셨어요',
    '하나님의 은혜',
    '이번 과장 회의',
    '정말 씨가 없어요',
    '소중한 고객님께 드리는 혜택',
    '모든 고객님께',
    '남자 선생님',
    '최고 대리점',
    '이모님이 오셨다',
    // Chinese words before a title that begin with a family-name character.
    '我们的项目经理很忙',
    '历史老师布置了作业',
    '全科医生门诊',
    '司机师傅到了',
    '各位先生女士',
    '这位女士请稍等',
    '我很高兴认识你',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('cjkFieldNames: a Korean or Japanese label and a space', () => {
  it.each([
    ['보호자 윤재희\n연락처 010-0000-0000', '윤재희'],
    ['담당 최가온.', '최가온'],
    ['担当 小野 真一\n電話 03-0000-0000', '小野 真一'],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each(['고객 정보를 확인하세요.', '담당 부서.', '환자 이름', '担当 営業部。'])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

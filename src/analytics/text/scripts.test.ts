/** @module analytics/text/scripts.test — bigram segmentation of unspaced scripts and script detection. */
import { describe, expect, it } from 'vitest';
import { labelFromTerms } from './ctfidf.js';
import { hasUnspacedScript, joinBigramTerm, scriptOf, segmentUnspaced } from './scripts.js';
import { tokenize } from './tokenize.js';

describe('segmentUnspaced', () => {
  it('splits Chinese into overlapping bigrams and keeps other runs whole', () => {
    expect(segmentUnspaced('银行卡丢了')).toEqual(['银行', '行卡', '卡丢', '丢了']);
    expect(segmentUnspaced('密码123')).toEqual(['密码', '123']);
    expect(segmentUnspaced('卡')).toEqual(['卡']);
    expect(segmentUnspaced('card')).toEqual(['card']);
  });
  it('keeps Thai combining vowels and tone marks on their base letter', () => {
    // ที่ = ท + ี + ่ : one base letter with two marks.
    expect(segmentUnspaced('ที่นี่')).toEqual(['ที่นี่']);
    // บัตรหาย = บั ต ร ห า ย (า is a vowel letter, not a mark).
    expect(segmentUnspaced('บัตรหาย')).toEqual(['บัต', 'ตร', 'รห', 'หา', 'าย']);
  });
  it('tells unspaced scripts from spaced ones', () => {
    expect(hasUnspacedScript('カードを無くした')).toBe(true);
    expect(hasUnspacedScript('카드를 잃어버렸어요')).toBe(false);
    expect(hasUnspacedScript('Überweisung платёж')).toBe(false);
  });
});

describe('tokenize with unspaced scripts', () => {
  it('gives Chinese and Japanese text bigram tokens beside Latin words', () => {
    expect(tokenize('我的Visa卡丢了')).toEqual(['我的', 'visa', '卡丢', '丢了']);
    expect(tokenize('パスワードを変更')).toEqual(['パス', 'スワ', 'ワー', 'ード', 'ドを', 'を変', '変更']);
  });
});

describe('scriptOf', () => {
  it('names the script of a token', () => {
    expect(['card', '银行', 'カー', '카드', 'карта', 'κάρτα', 'بطاقة', 'כרטיס', 'บัตร', 'कार्ड', '123'].map(scriptOf)).toEqual([
      'latin', 'han', 'kana', 'hangul', 'cyrillic', 'greek', 'arabic', 'hebrew', 'thai', 'devanagari', 'other',
    ]);
  });
});

describe('joinBigramTerm and labels of bigram text', () => {
  it('joins overlapping bigrams back into their text and leaves words alone', () => {
    expect(joinBigramTerm('银行 行卡')).toEqual('银行卡');
    expect(joinBigramTerm('如何 何更 更改')).toEqual('如何更改');
    expect(joinBigramTerm('银行 密码')).toEqual('银行 密码');
    expect(joinBigramTerm('lost card')).toEqual('lost card');
  });
  it('keeps the longest of nested or overlapping bigram terms in a label', () => {
    expect(labelFromTerms(['何更', '何更改', '如何', '如何更改', '密码'], 3)).toBe('如何更改, 密码');
    expect(labelFromTerms(['何更改', '如何更', '密码'], 3)).toBe('如何更改, 密码');
    expect(labelFromTerms(['card', 'card arrival', 'car'], 3)).toBe('card, card arrival, car');
  });
});

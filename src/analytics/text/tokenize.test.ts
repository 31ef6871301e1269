/** @module analytics/text/tokenize.test — tokens, stems and n-grams against hand-worked answers. */
import { describe, expect, it } from 'vitest';
import { ENGLISH_STOP_WORDS } from './stop-words.js';
import { charWbNgrams, lightStem, tokenize, wordNgrams } from './tokenize.js';

describe('tokenize', () => {
  it('lowercases, splits on non-letters and keeps apostrophes inside words', () => {
    expect(tokenize("Where's my CARD? It's been 2 weeks!")).toEqual(["where's", 'my', 'card', "it's", 'been', '2', 'weeks']);
  });
  it('is unicode-aware (accents, non-Latin scripts, NFKC)', () => {
    expect(tokenize('Café Überweisung — платёж ﬁne')).toEqual(['café', 'überweisung', 'платёж', 'fine']);
  });
  it('drops stop words and stems on request', () => {
    expect(tokenize('I am charging my cards', { stopWords: ENGLISH_STOP_WORDS, stem: true })).toEqual(['charg', 'card']);
  });
});

describe('lightStem', () => {
  it('strips plural and verb suffixes conservatively', () => {
    expect(['cards', 'charges', 'charged', 'charging', 'charge', 'queries', 'class', 'bus', 'is'].map(lightStem)).toEqual([
      'card', 'charg', 'charg', 'charg', 'charg', 'query', 'class', 'bus', 'is',
    ]);
  });
});

describe('n-grams', () => {
  it('word 1–2-grams', () => {
    expect(wordNgrams({ tokens: ['lost', 'my', 'card'], minN: 1, maxN: 2 })).toEqual(['lost', 'my', 'card', 'lost my', 'my card']);
  });
  it("char_wb matches scikit-learn's analyzer on 'jumpy fox' (3–5)", () => {
    // sklearn: CountVectorizer(analyzer='char_wb', ngram_range=(3,5)).build_analyzer()('jumpy fox')
    expect(charWbNgrams({ tokens: ['jumpy', 'fox'], minN: 3, maxN: 5 })).toEqual([
      ' ju', 'jum', 'ump', 'mpy', 'py ', ' jum', 'jump', 'umpy', 'mpy ', ' jump', 'jumpy', 'umpy ',
      ' fo', 'fox', 'ox ', ' fox', 'fox ', ' fox ',
    ]);
  });
});

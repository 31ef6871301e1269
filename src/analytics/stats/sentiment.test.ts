/** @module analytics/stats/sentiment.test — known sentences: polarity, negation, intensity, emphasis. */
import { describe, expect, it } from 'vitest';
import { analyzeSentiment, sentimentScore } from './sentiment.js';
import { SENTIMENT_LEXICON } from './sentiment-lexicon.js';

describe('sentiment', () => {
  it('ships a few hundred words with valences in [-3, 3]', () => {
    expect(SENTIMENT_LEXICON.size).toBeGreaterThan(300);
    for (const v of SENTIMENT_LEXICON.values()) expect(Math.abs(v)).toBeLessThanOrEqual(3);
  });

  it('scores polarity and stays in [-1, 1]', () => {
    expect(sentimentScore('This is great')).toBeGreaterThan(0.3);
    expect(sentimentScore('This is terrible')).toBeLessThan(-0.3);
    expect(sentimentScore('The package arrived on Tuesday.')).toBe(0);
    expect(sentimentScore('')).toBe(0);
    const huge = sentimentScore('amazing wonderful perfect excellent '.repeat(20));
    expect(huge).toBeGreaterThan(0.99);
    expect(huge).toBeLessThanOrEqual(1);
  });

  it('flips and damps inside a negation scope', () => {
    const good = sentimentScore('This is good');
    const notGood = sentimentScore('This is not good');
    expect(notGood).toBeLessThan(0);
    expect(Math.abs(notGood)).toBeLessThan(Math.abs(sentimentScore('This is bad')) + 1e-9);
    expect(good).toBeGreaterThan(0);
    expect(sentimentScore("I'm not happy with this")).toBeLessThan(0);
    expect(sentimentScore('not at all helpful')).toBeLessThan(0);
    expect(sentimentScore("doesn't work, but thanks")).toBeGreaterThan(sentimentScore("doesn't work"));
    expect(sentimentScore('No problem at all')).toBeGreaterThan(0);
    // The scope ends at a clause break: "good" is not negated here.
    expect(sentimentScore('No. Good.')).toBeGreaterThan(0);
  });

  it('applies intensifiers and diminishers', () => {
    const base = sentimentScore('The support was helpful');
    expect(sentimentScore('The support was very helpful')).toBeGreaterThan(base);
    expect(sentimentScore('The support was extremely helpful')).toBeGreaterThan(sentimentScore('The support was very helpful'));
    expect(sentimentScore('The support was slightly helpful')).toBeLessThan(base);
    expect(sentimentScore('extremely slow')).toBeLessThan(sentimentScore('slow'));
  });

  it('boosts ALL CAPS words and exclamation marks', () => {
    expect(sentimentScore('This is GREAT')).toBeGreaterThan(sentimentScore('This is great'));
    expect(sentimentScore('This is great!!!')).toBeGreaterThan(sentimentScore('This is great'));
    expect(sentimentScore('This is awful!!')).toBeLessThan(sentimentScore('This is awful'));
    // All-caps text is not "shouting" word by word.
    expect(sentimentScore('THIS IS GREAT')).toBeCloseTo(sentimentScore('this is great'), 12);
  });

  it('weights the clause after "but"', () => {
    expect(sentimentScore('I love the product but the delivery was terrible')).toBeLessThan(0);
    expect(sentimentScore('The delivery was slow but the product is excellent')).toBeGreaterThan(0);
  });

  it('handles inflections and curly apostrophes', () => {
    expect(sentimentScore('They refunded me')).toBeGreaterThan(0);
    expect(sentimentScore('It crashes constantly')).toBeLessThan(0);
    expect(sentimentScore('I don’t trust this')).toBeLessThan(0);
    const r = analyzeSentiment('Great service, terrible app');
    expect(r.positive).toBeGreaterThan(0);
    expect(r.negative).toBeLessThan(0);
    expect(r.matched).toBe(2);
    expect(r.tokens).toBe(4);
  });
});

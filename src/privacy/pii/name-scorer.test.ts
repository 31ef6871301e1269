/** @module privacy/pii/name-scorer.test — candidates, features, span building and the shipped model. */
import { describe, expect, it } from 'vitest';
import { builtInNameScorer, candidateScore, nameCandidates, reviewNames, scoredNames, unlikelyNames, type NameScorerModel } from './name-scorer.js';
import { detectPii } from './runner.js';
import type { PiiSpan } from './types.js';
import { winkWordLexicon } from './word-lexicon.js';

const lexicon = winkWordLexicon();
const span = (text: string, value: string, type: PiiSpan['type'] = 'PERSON'): PiiSpan => {
  const start = text.indexOf(value);
  return { type, start, end: start + value.length, value };
};
const candidateWords = (text: string, claimed: PiiSpan[] = []): string[] =>
  nameCandidates(text, claimed, lexicon).map((c) => text.slice(c.start, c.end));
const featuresOf = (text: string, word: string): readonly string[] =>
  nameCandidates(text, [], lexicon).find((c) => text.slice(c.start, c.end) === word)?.features ?? [];

describe('nameCandidates', () => {
  it('offers capitalised tokens that no span claims, and never honorifics or interjections', () => {
    const text = 'Oh, and Mr. Agarwal met Heath at the Calle Mayor office; mail heath@example.com';
    expect(candidateWords(text)).toEqual(['Agarwal', 'Heath', 'Calle', 'Mayor']);
    expect(candidateWords(text, [span(text, 'Agarwal'), span(text, 'Calle Mayor', 'ADDRESS')])).toEqual(['Heath']);
  });

  it('reads the words and punctuation around a token, on its own line only', () => {
    const f = featuresOf('Please tell Heath thanks.\nNext line', 'Heath');
    expect(f).toEqual(expect.arrayContaining(['p1:tell', 'p1gap:_', 'p2:please tell', 'n1:thanks', 'n1gap:_']));
    expect(featuresOf("ok. Dawn's allergic", 'Dawn')).toEqual(expect.arrayContaining(['sentence-start', 'p1:ok|.', "n1:'|s"]));
    expect(featuresOf('Call\nMonday', 'Monday')).toEqual(expect.arrayContaining(['line-start', 'p1gap:_', 'line-end']));
  });

  it('marks listed names, everyday words and names the rules found elsewhere in the text', () => {
    const text = 'Grant Hale called. Later Grant wrote to Priya.';
    const found = nameCandidates(text, [span(text, 'Grant Hale')], lexicon);
    const later = found.find((c) => c.start === text.lastIndexOf('Grant'));
    expect(later?.features).toEqual(expect.arrayContaining(['common', 'named-elsewhere', 'common-mid-capital', 'sh:--c-']));
    const priya = found.find((c) => c.start === text.indexOf('Priya'));
    expect(priya?.features).toEqual(expect.arrayContaining(['given:clean', 'listed-given', 'sh:g---', 'p1:to']));
    expect(priya?.features).not.toContain('named-elsewhere');
  });
});

describe('scoredNames', () => {
  const model: NameScorerModel = { weights: new Map([['bias', -4], ['p1:tell', 6], ['p1cap', 6]]), threshold: 0.5 };

  it('keeps tokens scoring at or above the threshold and joins adjacent ones into one span', () => {
    const text = 'Please tell Heath Ledgerwood thanks, not Monday.';
    expect(scoredNames(text, [], lexicon, model).map((s) => s.value)).toEqual(['Heath Ledgerwood']);
    expect(candidateScore({ start: 0, end: 0, features: ['bias'] }, model)).toBeCloseTo(1 / (1 + Math.exp(4)), 6);
  });

  it('adds nothing when no token reaches the threshold', () => {
    expect(scoredNames('Please tell Heath thanks.', [], lexicon, { ...model, threshold: 0.999 })).toEqual([]);
  });
});

describe('unlikelyNames', () => {
  const model: NameScorerModel = { weights: new Map([['bias', -5], ['p1:tell', 8]]), threshold: 0.9, veto: 0.1 };
  const text = 'The parcel from Brackenfold Loom came; tell Heath, thank brackenfold loom, KOFI ASANTE and Murugan too.\n[09:14] Quillon (Support): on it';
  const claimed = ['Brackenfold Loom', 'Heath', 'brackenfold loom', 'KOFI ASANTE', 'Murugan', 'Quillon'].map((v) => span(text, v));
  const dropped = (m: NameScorerModel, keep: PiiSpan[] = [], spans = claimed): string[] => [...unlikelyNames(text, [...spans, span(text, 'came', 'ADDRESS')], lexicon, m, keep)].map((s) => s.value);

  it('drops a rule-found name only when every capitalised token of it scores below the veto', () => {
    expect(dropped(model)).toEqual(['Brackenfold Loom']);
    // "Heath" after "tell" scores 0.95; one such token keeps a whole name.
    const both = 'Ask Quillon Heath';
    expect([...unlikelyNames(both, [span(both, 'Quillon Heath')], lexicon, { ...model, weights: new Map([['bias', -5], ['p1:quillon', 8]]) })]).toEqual([]);
  });

  it('keeps names without a capitalised token, listed names, titled names, speakers, `keep`, and everything with the veto off', () => {
    // "Murugan" scores as low as "Brackenfold" here, and "Quillon" too: the list and the speaker layout keep them.
    const murugan = candidateScore(nameCandidates(text, [], lexicon).find((c) => text.slice(c.start, c.end) === 'Murugan') ?? { start: 0, end: 0, features: [] }, model);
    expect(murugan).toBeLessThan(0.1);
    expect(dropped(model, [], [span(text, 'Quillon')])).toEqual([]);
    const prose = 'We thank Quillon (Support) today';
    expect([...unlikelyNames(prose, [span(prose, 'Quillon')], lexicon, model)].map((s) => s.value)).toEqual(['Quillon']);
    const ring = 'Ring Dr. Quillon, then Kia Patel and Quillon Loom today';
    const ringNames = [span(ring, 'Quillon'), span(ring, 'Kia Patel'), span(ring, 'Quillon Loom')];
    expect([...unlikelyNames(ring, ringNames, lexicon, model)].map((s) => s.value)).toEqual(['Quillon Loom']);
    expect(dropped(model, [span(text, 'Brackenfold')])).toEqual([]);
    expect(dropped({ ...model, veto: 0 })).toEqual([]);
    expect(dropped({ weights: model.weights, threshold: 0.9 })).toEqual([]);
  });
});

describe('reviewNames', () => {
  const model: NameScorerModel = { weights: new Map([['bias', -5], ['p1:tell', 8]]), threshold: 0.9, veto: 0.1 };

  it.each([
    ['a name dropped', 'Order from Brackenfold Loom; tell Heath.', ['Brackenfold Loom']],
    ['none dropped', 'Order from Dr. Quillon; tell Heath.', ['Quillon']],
  ])('gives what unlikelyNames then scoredNames give (%s)', (_, text, rules) => {
    const claimed = rules.map((v) => span(text, v));
    const dropped = unlikelyNames(text, claimed, lexicon, model);
    const kept = claimed.filter((s) => !dropped.has(s));
    const review = reviewNames(text, claimed, lexicon, model);
    expect(review.kept).toEqual(kept);
    expect(review.added).toEqual(scoredNames(text, kept, lexicon, model));
    expect(review.added.map((s) => s.value)).toEqual(['Heath']);
  });
});

describe('the built-in model in detectPii', () => {
  const persons = (text: string, nameScorer?: null): string[] =>
    detectPii(text, { lexicon, ...(nameScorer === null ? { nameScorer } : {}) })
      .filter((s) => s.type === 'PERSON')
      .map((s) => s.value);

  it('ships thousands of weights and the documented threshold', () => {
    const m = builtInNameScorer();
    expect(m.weights.size).toBeGreaterThan(10_000);
    expect(m.threshold).toBe(0.9);
    expect(m.veto).toBeGreaterThan(0);
    expect(builtInNameScorer()).toBe(m);
  });

  it.each([
    ['The driver was really kind, please tell Heath thanks.', 'Heath'],
    ['Передайте, пожалуйста, Павел, что документы готовы.', 'Павел'],
  ])('finds a name in running text the rules leave alone: %s', (text, name) => {
    expect(persons(text, null)).not.toContain(name);
    expect(persons(text)).toContain(name);
  });

  it.each([
    'Oh, and the card I used was declined.',
    'Our current landlord, Mr. Agarwal, can give a reference.',
    'The Victoria Park will host the Spring Fair on Monday.',
  ])('adds no name to a sentence without one beyond the rules: %s', (text) => {
    expect(persons(text)).toEqual(persons(text, null));
  });

  it('is off without a lexicon and when nameScorer is null', () => {
    const text = 'The driver was really kind, please tell Heath thanks.';
    expect(detectPii(text).filter((s) => s.type === 'PERSON')).toEqual([]);
    expect(persons(text, null)).toEqual([]);
  });
});

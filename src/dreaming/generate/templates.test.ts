/** @module dreaming/generate/templates.test — slot filling, articles, ordinals and fake PII formats. */
import { describe, expect, it } from 'vitest';
import { SeededRng } from '../../analytics/stats/random.js';
import { fakeCard, fakeEmail, luhnCheckDigit, piiSentence } from './pii.js';
import { ordinal } from './slots.js';
import { compileTemplate, fillTemplate } from './templates.js';

describe('templates', () => {
  const rng = new SeededRng(1);

  it('splits literals and slots, fills them, and keeps unknown slots visible', () => {
    expect(compileTemplate('Order {order} from {city}')).toEqual(['Order ', 'order', ' from ', 'city', '']);
    expect(fillTemplate('{a}-{b}', rng, (s) => (s === 'a' ? 'x' : undefined))).toBe('x-{b}');
    expect(fillTemplate('no slots', rng, () => 'x')).toBe('no slots');
  });

  it('turns "a" into "an" before a vowel', () => {
    const fill = (s: string): string => (s === 'p' ? 'air fryer' : 'desk');
    expect(fillTemplate('A {p} and a {q}, then a {p}', rng, fill)).toBe('An air fryer and a desk, then an air fryer');
    expect(fillTemplate('data {p}', rng, fill)).toBe('data air fryer');
  });

  it('writes ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 28].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '28th',
    ]);
  });
});

describe('fake PII', () => {
  it('cards pass the Luhn check', () => {
    const rng = new SeededRng(4);
    for (let i = 0; i < 200; i++) {
      const digits = fakeCard(rng).replace(/\D/g, '');
      expect(digits).toHaveLength(16);
      expect(luhnCheckDigit(digits.slice(0, 15))).toBe(Number(digits[15]));
    }
  });

  it("uses the user's own name for names and emails", () => {
    const rng = new SeededRng(2);
    expect(piiSentence({ rng, kind: 'name', name: 'Tomás Müller' })).toContain('Tomás Müller');
    expect(fakeEmail(rng, 'Tomás Müller')).toMatch(/^[a-z0-9._]+@[a-z.]+$/);
    expect(fakeEmail(rng, 'Tomás Müller')).toMatch(/tomas|muller/);
  });
});

/** @module privacy/redactor.test — redaction output, positions, privacy of outputs and workspace stability. */
import { describe, expect, it } from 'vitest';
import { Redactor, redactText } from './redactor.js';

const secret = 'test-secret-0123456789';

describe('redactText', () => {
  it('replaces each PII value with a pseudonym and reports original positions', () => {
    const text = 'Hi, my name is Priya Raman, mail priya@example.com or call (415) 555-0132.';
    const r = redactText(text, { secret });
    expect(r.text).toMatch(/^Hi, my name is <PERSON_[0-9a-f]{4,}>, mail <EMAIL_[0-9a-f]{4,}> or call <PHONE_[0-9a-f]{4,}>\.$/);
    expect(r.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Priya Raman', 'priya@example.com', '(415) 555-0132']);
  });

  it('never returns raw values in its output', () => {
    const text = 'Card 4111 1111 1111 1111, SSN 123-45-6789, born 1990-04-12, Dr. Okafor.';
    const out = JSON.stringify(redactText(text, { secret }));
    for (const raw of ['4111', '123-45-6789', '1990-04-12', 'Okafor']) expect(out).not.toContain(raw);
    expect(Object.keys(redactText(text, { secret }).spans[0] ?? {}).sort()).toEqual(['end', 'pseudonym', 'start', 'type']);
  });

  it('uses known names and type filters', () => {
    expect(redactText('thanks from zuzana', { secret, knownNames: ['Zuzana Abubakar'] }).text).toMatch(
      /^thanks from <PERSON_[0-9a-f]{4}>$/,
    );
    expect(redactText('mail a@b.io, call +14155550132', { secret, types: ['EMAIL'] }).text).toMatch(
      /^mail <EMAIL_[0-9a-f]{4}>, call \+14155550132$/,
    );
  });

  it('leaves text without PII untouched', () => {
    expect(redactText('Order #48213911 costs $12.50.', { secret })).toEqual({ text: 'Order #48213911 costs $12.50.', spans: [] });
  });

  it('rejects an empty secret', () => {
    expect(() => redactText('x', { secret: '' })).toThrow(RangeError);
  });
});

describe('Redactor', () => {
  it('gives a value the same pseudonym across messages and formats in one workspace', () => {
    const r = new Redactor({ secret });
    const a = r.redact('call +44 20 7946 0958').spans[0]?.pseudonym;
    const b = r.redact('or 0044 20 7946 0958 after 5').spans[0]?.pseudonym;
    expect(a).toBeDefined();
    expect(b).toBe(a);
    expect(new Redactor({ secret: 'another-workspace' }).redact('call +44 20 7946 0958').spans[0]?.pseudonym).not.toBe(a);
  });

  it('reads names in running prose with the learned scorer unless it is turned off', () => {
    const text = 'The driver was really kind, please tell Heath thanks.';
    expect(new Redactor({ secret }).redact(text).text).not.toContain('Heath');
    expect(new Redactor({ secret, nameScorer: null }).redact(text).text).toBe(text);
  });

  it('does not expose its secret when serialised or logged', () => {
    const r = new Redactor({ secret, lexicon: null });
    expect(JSON.stringify(r)).not.toContain(secret);
    expect(JSON.stringify(r.redact('mail a@b.io'))).not.toContain(secret);
  });
});

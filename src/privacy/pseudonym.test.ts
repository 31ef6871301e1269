/** @module privacy/pseudonym.test — keyed, stable, format-independent pseudonyms and collision handling. */
import { describe, expect, it } from 'vitest';
import { normalisePiiValue } from './normalise.js';
import { PseudonymTable, pseudonymDigest, pseudonymFor } from './pseudonym.js';

const secret = 'workspace-secret-1';

describe('pseudonymFor', () => {
  it('formats <TYPE_xxxx> and is stable for the same value', () => {
    const p = pseudonymFor({ secret, type: 'EMAIL', value: 'ana@example.com' });
    expect(p).toMatch(/^<EMAIL_[0-9a-f]{4}>$/);
    expect(pseudonymFor({ secret, type: 'EMAIL', value: 'ana@example.com' })).toBe(p);
  });

  it('is keyed: another secret gives another pseudonym', () => {
    const a = pseudonymDigest({ secret, type: 'EMAIL', value: 'ana@example.com' });
    const b = pseudonymDigest({ secret: 'other-secret', type: 'EMAIL', value: 'ana@example.com' });
    expect(a).not.toBe(b);
  });

  it('gives the same pseudonym to one value written in different formats', () => {
    const same = (type: Parameters<typeof pseudonymFor>[0]['type'], a: string, b: string): void =>
      expect(pseudonymFor({ secret, type, value: a })).toBe(pseudonymFor({ secret, type, value: b }));
    same('EMAIL', 'Ana.Lopez@Example.COM', 'ana.lopez@example.com');
    same('PHONE', '+1 (415) 555-0132', '+1 415.555.0132');
    same('PHONE', '0044 20 7946 0958', '+44 20 7946 0958');
    same('CARD', '4111 1111 1111 1111', '4111-1111-1111-1111');
    same('IBAN', 'GB82 WEST 1234 5698 7654 32', 'gb82west12345698765432');
    same('NATIONAL_ID', '123-45-6789', '123 45 6789');
    same('IP', '2001:0DB8:0000:0000:0000:8a2e:0370:7334', '2001:db8::8a2e:370:7334');
    same('DOB', 'April 12, 1990', '1990-04-12');
    same('DOB', '12th of April 1990', '1990-04-12');
    same('DOB', '25/12/1990', '1990-12-25');
    same('ADDRESS', '221B Baker Street, London', '221b baker st london');
    same('PERSON', 'Dr. Okafor', 'okafor');
  });

  it('separates types: the same text as two types gives two digests', () => {
    expect(pseudonymDigest({ secret, type: 'PHONE', value: '123456789' })).not.toBe(
      pseudonymDigest({ secret, type: 'NATIONAL_ID', value: '123456789' }),
    );
  });
});

describe('normalisePiiValue', () => {
  it('keeps an ambiguous numeric date in written order but marks it', () => {
    expect(normalisePiiValue('DOB', '04/05/1990')).toBe('1990-?04-05');
    expect(normalisePiiValue('DOB', '25/12/1990')).toBe('1990-12-25');
  });
});

describe('PseudonymTable', () => {
  it('lengthens a colliding value and keeps both stable', () => {
    const t = new PseudonymTable();
    const a = 'abcd1111' + '0'.repeat(56);
    const b = 'abcd2222' + '0'.repeat(56);
    expect(t.assign('EMAIL', a)).toBe('<EMAIL_abcd>');
    expect(t.assign('EMAIL', b)).toBe('<EMAIL_abcd22>');
    expect(t.assign('EMAIL', a)).toBe('<EMAIL_abcd>');
    expect(t.assign('EMAIL', b)).toBe('<EMAIL_abcd22>');
    // Another type has its own namespace.
    expect(t.assign('PHONE', b)).toBe('<PHONE_abcd>');
    expect(t.exportAssignments()).toEqual([[`EMAIL:${b}`, 6]]);
  });

  it('restores lengthened assignments so pseudonyms survive a restart', () => {
    const b = 'abcd2222' + '0'.repeat(56);
    const t = new PseudonymTable({ assignments: [[`EMAIL:${b}`, 6]] });
    expect(t.assign('EMAIL', b)).toBe('<EMAIL_abcd22>');
  });
});

/**
 * @module privacy/pii/round30.test — the thirtieth round's rules: phones closing a signature's contact
 * line and reference numbers after a one-letter code, SSNs named one sentence before or offered as "the
 * full one is", assistants labelled as virtual agents, places after "relocating from", estate-agency,
 * insurance and partnership names, names propagated into a firm's name, katakana readings and Japanese
 * and Chinese person labels, a Latin name glued to Japanese text before an honorific, "Staff #" and
 * "Printed name" columns, tenant and prospect columns, and software named like people.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('phones', () => {
  it('reads the number closing the contact line of a signature', () => {
    expect(found("I'll raise a chargeback.\n\nThanks,\nKavya Chatterjee\nUnit 26W · 8386328723", 'PHONE')).toEqual(['8386328723']);
    expect(found('Thanks,\nAgus Hartono\nUnit 10B · 6844 2761\n', 'PHONE')).toEqual(['6844 2761']);
    expect(found('Unit 10B · 6844 2761', 'PHONE')).toEqual([]);
  });

  it('reads no phone after a one-letter reference code and a slash, but one after "T/"', () => {
    expect(found('Versicherungsschein-Nr.: P/0832/47874', 'PHONE')).toEqual([]);
    expect(found('T/ 020 7946 0958', 'PHONE')).toEqual(['020 7946 0958']);
  });
});

describe('SSNs', () => {
  it('reads the number the sentence after an SSN mention shows, and "the full one is", but not an order number', () => {
    expect(found('Employee: my W-2 has the wrong SSN. It shows 706384954 but mine is 547-62-3481.', 'NATIONAL_ID')).toEqual(['706384954', '547-62-3481']);
    expect(found('AGENT: last four of your social?\nCALLER: 2822. Actually, the full one is 612731270.', 'NATIONAL_ID')).toEqual(['612731270']);
    expect(found('I need your SSN. Order 123456789 is late.', 'NATIONAL_ID')).toEqual([]);
  });
});

describe('names', () => {
  it('reads no assistant labelled as a virtual agent and no city after "relocating from"', () => {
    expect(found('Landlord: how long?\nAva (virtual agent): Usually 5 days.\nLandlord: HC452925645, Eleni Papadopoulos', 'PERSON')).toEqual(['Eleni Papadopoulos']);
    expect(found('| Rahul Banerjee | 021 540 8996 | relocating from Charlotte', 'PERSON')).toEqual(['Rahul Banerjee']);
  });

  it('reads estate agencies, insurers, partnerships and a named holding as no person', () => {
    expect(found('To: Grachtenhuis Makelaars — lettings@grachtenhuis.nl', 'PERSON')).toEqual([]);
    expect(found('Kind regards,\nGiorgos Alexiou\nHalvorsen Forsikring · 079 800 16 41', 'PERSON')).toEqual(['Giorgos Alexiou']);
    expect(found("I rented it through Whitaker & Moss Lettings and haven't heard back.", 'PERSON')).toEqual([]);
    expect(found('Syndic : Cabinet Citya.', 'PERSON')).toEqual([]);
    expect(found('1 Name: Rhea J. Santos\n2 Business name: Santos Holdings LLC', 'PERSON')).not.toContain('Santos');
  });

  it('reads katakana readings, emergency contacts, department heads and Japanese self-introductions', () => {
    expect(found('申込者氏名：伊藤 健一\nフリガナ：イトウ ケンイチ\n緊急連絡先：田中 由美（姉）070-8394-5076', 'PERSON')).toEqual(['伊藤 健一', 'イトウ ケンイチ', '田中 由美']);
    expect(found('入职日期：2026年1月11日\n部门主管：周欣怡', 'PERSON')).toEqual(['周欣怡']);
    expect(found('お世話になっております。Hanul Semiconductor 人事部の山本 さくらです。', 'PERSON')).toEqual(['山本 さくら']);
    expect(found('User: 上の履歴書を英語に訳してください。推薦者はSato様です。', 'PERSON')).toEqual(['Sato']);
    expect(found('カテゴリ：サービス', 'PERSON')).toEqual([]);
  });

  it('reads the person columns "Printed name" (under "Staff #"), tenant and insured', () => {
    expect(found('Staff # | Printed name | Tasks | Start\n001 | MARK O. REYES | 3,4 | 24.03.2023', 'PERSON')).toEqual(['MARK O. REYES']);
    expect(found('date;tenant;unit;amount\n2025-06-27;POPPY BAKER;F40;€1542,00', 'PERSON')).toEqual(['POPPY BAKER']);
    expect(found('Buddy: Krüger\nVPN pool: 2a02:c48:6b03:a0e::e8a2/64', 'PERSON')).toEqual(['Krüger']);
  });

  it('reads no software roll-out, paint brand, German job title or Dutch energy label as a name', () => {
    expect(found('Worked closely with the team on the Julia roll-out; promoted twice.', 'PERSON')).toEqual([]);
    expect(found('Contractor quoted; Benjamin Moore paint for touch-ups.', 'PERSON')).toEqual([]);
    expect(found('BERUFSERFAHRUNG\n2022–heute  Nimbus Health GmbH, Softwareentwickler', 'PERSON')).toEqual([]);
    expect(found('Borg: € 3246,-. Energielabel A. Contact huurder: +31 6 61429843', 'PERSON')).toEqual([]);
  });
});

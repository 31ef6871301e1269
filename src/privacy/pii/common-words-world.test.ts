/** @module privacy/pii/common-words-world.test — size, shape, spot members and name exclusions of the common-word list. */
import { describe, expect, it } from 'vitest';
import { WORLD_COMMON_WORDS } from './common-words-world.js';

/** A lower-case word: letters and marks (Catalan "l·l" keeps its middle dot). */
const WORD_SHAPE = /^[\p{Ll}\p{Lo}\p{M}][\p{Ll}\p{Lo}\p{M}·]*$/u;

describe('WORLD_COMMON_WORDS', () => {
  it('holds at least 9,000 entries', () => expect(WORLD_COMMON_WORDS.size).toBeGreaterThanOrEqual(9000));

  it('holds only lower-case, word-shaped entries in NFC', () => {
    const bad = [...WORLD_COMMON_WORDS].filter(
      (w) => w !== w.toLowerCase() || w !== w.normalize('NFC') || !WORD_SHAPE.test(w),
    );
    expect(bad).toEqual([]);
  });

  it.each([
    // German: nouns, compounds of forms and statements, genitive forms, abbreviations
    'wartung', 'heizungsanlage', 'kaution', 'wohnung', 'vertrags', 'kunden', 'rechnung', 'kundennummer',
    'vertragsnummer', 'rechnungsbetrag', 'verwendungszweck', 'wertstellung', 'buchungstag', 'mandatsreferenz',
    'anreise', 'abreise', 'miete', 'nebenkosten', 'straße', 'strasse', 'nr', 'str', 'whg', 'tel', 'abs',
    'betr', 'pos',
    // Dutch
    'factuur', 'huurovereenkomst', 'klantnummer', 'afschrift', 'omschrijving',
    // Italian, Spanish, Portuguese, Catalan, French
    'conferma', 'prenotazione', 'albergo', 'cliente', 'fattura', 'factura', 'hostal', 'atendimento', 'loja',
    'reserva', 'facture', 'réservation', 'reservation',
    // Romanian, Hungarian, Polish, Turkish, Nordic, Finnish, Indonesian, Tagalog
    'primăria', 'primaria', 'szállás', 'szallas', 'faktura', 'fatura', 'kvitto', 'lasku', 'tagihan', 'resibo',
    // Vietnamese, with diacritics
    'kính', 'gửi', 'phòng', 'nhân', 'sự', 'địa', 'chỉ', 'hóa', 'đơn',
  ])('contains %s', (w) => expect(WORLD_COMMON_WORDS.has(w)).toBe(true));

  it('leaves out well-known given names and family names of many cultures', () => {
    const names = [
      // German
      'koch', 'bauer', 'fischer', 'schneider', 'wolf', 'vogel', 'fuchs', 'wagner', 'becker', 'meyer', 'richter',
      'kaiser', 'hahn', 'engel', 'winter', 'sommer', 'frank', 'ernst', 'müller', 'muller',
      // Spanish, Italian, Portuguese
      'rosa', 'pilar', 'dolores', 'consuelo', 'amparo', 'rocío', 'rocio', 'luz', 'paz', 'santos', 'cruz',
      'ventura', 'fortuna', 'bianco', 'rossi', 'costa', 'serra', 'monte', 'leal', 'marco', 'dias',
      // French, Dutch
      'blanc', 'roux', 'marchand', 'boulanger', 'lefèvre', 'lefevre', 'chevalier', 'smit', 'visser', 'bakker',
      'mulder', 'boer',
      // Turkish
      'yılmaz', 'yilmaz', 'kaya', 'demir', 'çelik', 'celik', 'doğan', 'dogan', 'aslan', 'kılıç', 'kilic',
      'aydın', 'aydin',
      // Vietnamese, also as ASCII folds
      'nguyễn', 'nguyen', 'trần', 'tran', 'lê', 'le', 'phạm', 'pham', 'hoàng', 'hoang', 'minh', 'anh', 'hà',
      'ha', 'lan', 'hương', 'huong', 'dũng', 'dung', 'hùng', 'hung', 'thanh', 'xuân', 'xuan', 'châu', 'chau',
      'huy', 'quốc', 'quoc', 'đức', 'duc', 'văn', 'van', 'thị', 'thi', 'nam', 'phong', 'mai',
      // Polish, Hungarian, and a few more from elsewhere
      'kowal', 'nowak', 'nagy', 'kovács', 'kovacs', 'szabó', 'szabo', 'tóth', 'toth', 'kiss', 'otto', 'anne',
      'donna', 'noël', 'noel', 'natale', 'julio', 'abril', 'domingo', 'august', 'silvester', 'tan', 'sim',
    ];
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(names.filter((n) => WORLD_COMMON_WORDS.has(n))).toEqual([]);
  });
});

/** @module privacy/pii/script-title-names.test — Greek and Cyrillic surnames after a title (script-names.ts). */
import { describe, expect, it } from 'vitest';
import { detectScriptNames } from './script-names.js';

const names = (text: string): string[] => [...new Set(detectScriptNames(text).map((s) => s.value))];

describe('detectScriptNames: Greek and Cyrillic titles', () => {
  it.each([
    ['Το ραντεβού σας με τον Δρ. Σταματόπουλο είναι την Τρίτη.', 'Σταματόπουλο'],
    ['Σας ενημερώνουμε ότι ο κ. Μαυρίδης θα σας καλέσει.', 'Μαυρίδης'],
    ['Η κα Λαμπράκη ζήτησε αλλαγή ώρας.', 'Λαμπράκη'],
    ['Ευχαριστούμε πολύ, κυρία Βλάχου.', 'Βλάχου'],
    ['Καλησπέρα κύριε Ζαχαρίου, σας γράφω για', 'Ζαχαρίου'],
    ['Η διάλεξη του Καθ. Αντωνιάδη ακυρώθηκε.', 'Αντωνιάδη'],
    ['Запись к д-р Зайцев на 10:00 подтверждена.', 'Зайцев'],
    ['Сегодня звонила г-жа Соколова по поводу счёта.', 'Соколова'],
    ['Лист для пані Олена Мельник з бухгалтерії', 'Олена Мельник'],
    ['Консультация проф. Белов отменена', 'Белов'],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it.each([
    'Έπιπλα, σκεύη κ.λπ. θα μεταφερθούν αύριο.',
    'Ο γιατρός είπε να ξαναπάω.',
    'Приём у доктора в 10:00.',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

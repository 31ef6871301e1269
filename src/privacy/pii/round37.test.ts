/**
 * @module privacy/pii/round37.test — the thirty-seventh round's rules: pets in veterinary, insurance and
 * boarding records (owners, breed fields, pet objects and columns, breeds, treats) and their birth dates;
 * genealogy records (GEDCOM birth events and place lines, eighteenth-century births, family-record event
 * lines, families by surname, kinship titles, ships, registry offices, census birthplaces) and the
 * bare-comma fields of a CSV row as no address; IBANs printed with dashes or two spaces.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';

describe('pets', () => {
  it('reads an animal patient with an owner, a pet with an owner, breed fields and pet objects as no people', () => {
    expect(found('Submitting vet: Dr. Lan Dang\nPatient: Biscuit   Owner: U. Katz\nResults: normal', 'PERSON')).toEqual(['Lan Dang', 'U. Katz']);
    expect(found('Please find attached invoice INV-2231 for Biscuit, owned by Mrs. Okafor.', 'PERSON')).toEqual(['Okafor']);
    expect(found('SECTION B — PET\nName: Harold  Breed: Holland Lop  Born: 22-02-2016', 'PERSON')).toEqual([]);
    expect(found('{ "owner": { "name": "Ana Ruiz" }, "pet": { "name": "Penny", "chip": "941000000000001" } }', 'PERSON')).toEqual(['Ana Ruiz']);
    expect(found('client_id,name,pet,postcode\n7681,"Haugen, Bjørn",Nigel,M20', 'PERSON')).not.toContain('Nigel');
  });

  it('reads a pet at every mention once one mention shows it, and breeds as no people', () => {
    expect(found('Thanks for coming in! Give Harold a scratch from us. Harold was very brave.', 'PERSON')).toEqual([]);
    expect(found('We want to register our bird Poppy. I am Elif Polat.', 'PERSON')).toEqual(['Elif Polat']);
    expect(found('We see this in older dogs, especially Jack Russell Terriers and Gordon Setters.', 'PERSON')).toEqual([]);
    // A breed word written as a surname right after a given name keeps the person ("Mary Shepherd").
    expect(found('Regards,\nMary Shepherd\nPractice manager', 'PERSON')[0]).toMatch(/^Mary/);
  });

  it('reads a pet’s birth date, a breed on the cue’s line and a monarch’s birthday as no one’s birth date', () => {
    expect(found("Noa: Thanks. Fred's date of birth?\nVisitor: 2019-04-02, cockatiel, FS. Chip 956000000000002", 'DOB')).toEqual([]);
    expect(found('Guest: Winston (Cavalier King Charles Spaniel), birthday 12 March 2019\nCheck-in 3 Aug', 'DOB')).toEqual([]);
    expect(found('Closed 12-06-2025 for the King’s Birthday.', 'DOB')).toEqual([]);
    expect(found('Fred nació el 12-03-2019, le toca la vacuna de la rabia.', 'DOB')).toEqual([]);
    expect(found('Ana nació el 12-03-1980 en Sevilla.', 'DOB')).toEqual(['12-03-1980']);
  });
});

describe('genealogy records', () => {
  it('reads the date of a GEDCOM birth event, not of a christening or burial, and no address in its place lines', () => {
    const gedcom = '0 @I7@ INDI\n1 NAME Tao Lin\n1 BIRT\n2 DATE 12 MAY 1832\n2 PLAC Ballina, Mayo, Ireland\n1 BURI\n2 PLAC St. Louis\n2 DATE 3 JUN 1901';
    expect(found(gedcom, 'DOB')).toEqual(['12 MAY 1832']);
    expect(found(gedcom, 'ADDRESS')).toEqual([]);
  });

  it('reads births of the eighteenth century and the names of a family record’s event lines', () => {
    expect(found('My 4th great-grandmother was born 6th September 1798 near Cork.', 'DOB')).toEqual(['6th September 1798']);
    const bible = 'BIRTHS\nGethin was born 3/12/1868\nNia was born Jan. 12, 1871\nDEATHS\nOttokar died 4/12/1921, aged 71';
    expect(found(bible, 'PERSON')).toEqual(['Gethin', 'Nia', 'Ottokar']);
  });

  it('reads families by surname and kin by title, not ships, registry offices or a town before a state code', () => {
    expect(found('Family Bible of the Okonjo family (transcribed)', 'PERSON')).toEqual(['Okonjo']);
    expect(found('🎉 NWACHUKWU FAMILY REUNION 🎉', 'PERSON')).toEqual(['NWACHUKWU']);
    expect(found('Photos of the Royal family visit', 'PERSON')).toEqual([]);
    expect(found('The party is at Aunt Babatunde’s place this year.', 'PERSON')).toEqual(['Babatunde']);
    expect(found('emigrato a Buenos Aires a bordo del piroscafo Principessa Jolanda.', 'PERSON')).toEqual([]);
    expect(found('Certificato rilasciato dall’Ufficio di Stato Civile del Comune di Agrigento.', 'PERSON')).toEqual([]);
    expect(found('| 629-36-3250 | Dec. 22, 1916 | Toledo, OH |', 'PERSON')).toEqual([]);
  });

  it('reads no address across the bare-comma fields of a CSV row, but the quoted address cell', () => {
    expect(found('id,given,surname,birth_place\nP123,Wesley,Kettering,Hamburg', 'ADDRESS')).toEqual([]);
    expect(found('name,address,phone\nAna,"12 High St, Leeds LS1 1AA",0113 496 0000', 'ADDRESS')).toEqual(['12 High St, Leeds LS1 1AA']);
  });
});

describe('IBANs', () => {
  it('reads IBANs printed with dashes or two spaces between groups, not the tail of a dashed identifier', () => {
    expect(found('IBAN: GB82-WEST-1234-5698-7654-32', 'IBAN')).toEqual(['GB82-WEST-1234-5698-7654-32']);
    expect(found('please transfer to DE89  3704  0044  0532  0130  00 by Friday', 'IBAN')).toEqual(['DE89  3704  0044  0532  0130  00']);
    expect(found('txn 9e4f5c8b-15e0-4524-be90-7bd69951943a settled', 'IBAN')).toEqual([]);
    expect(found('Invoice SM9725089096 dated 2024-03-07 is still open', 'IBAN')).toEqual([]);
  });
});

/**
 * @module privacy/pii/speaker-names.test — ninth-round person rules: transcript layout (speaker labels,
 * replies to a name question, agents' greetings, names on doors), list and table fields, the widened
 * lexicon, and the new evidence against a person (plurals, logins, parks, organisation fields).
 */
import { describe, expect, it } from 'vitest';
import { detectPersonNames } from './person-name.js';
import { withWorldWords } from './world-lexicon.js';
import { winkWordLexicon } from './word-lexicon.js';

const lexicon = winkWordLexicon();
const names = (text: string): string[] => detectPersonNames(text, { knownNames: [], lexicon }).map((s) => s.value);

describe('speaker labels with a role word', () => {
  it.each([
    ['Atendente Joaquim: Boa tarde! Em que posso ajudar?', 'Joaquim'],
    ['Conseillère (Mathilde) : Bonjour, je regarde votre dossier.', 'Mathilde'],
    ['Landlord (Radek): the plumber comes on Friday.', 'Radek'],
    ['[09:12] Agent Siobhan: thanks for holding', 'Siobhan'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each(['Status (Pending): waiting for review', 'Note Important: read before merging'])('no person in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('replies to a question asking for a name', () => {
  it('takes the reply of a lower-case call transcript and later mentions of its given name', () => {
    const text = '[agent] can i get your full name please\n[caller] yeah hi it’s tobiah okonjo\n[agent] thanks tobiah, one moment';
    expect(names(text)).toEqual(expect.arrayContaining(['tobiah okonjo', 'tobiah']));
  });

  it('takes a Portuguese answer after "com quem eu falo?"', () => {
    expect(names('Atendente: Olá! Com quem eu falo?\nCliente: oi, aqui é Graciete Lobo')).toContain('Graciete Lobo');
  });

  it('leaves a reply that holds no name', () => {
    expect(names('[agent] and your full name please\n[caller] sorry what was that')).toEqual([]);
  });
});

describe('agents greeting and names on doors', () => {
  it('takes the agent of "this is X, how can i help"', () => {
    expect(names('thank you for calling northgate energy, this is marisol, how can i help')).toContain('marisol');
  });

  it('takes the name a buzzer shows', () => {
    expect(names('Flat 4, the buzzer says KOWALCZYK')).toContain('KOWALCZYK');
  });
});

describe('fields that list people or hold an organisation', () => {
  it('splits an attendee list into one name per item', () => {
    expect(names('Attendees: Radu Ilie, Maren Olsen, Joy Abara\n')).toEqual(['Radu Ilie', 'Maren Olsen', 'Joy Abara']);
  });

  it('reads names in the name column of pipe, semicolon and Markdown tables', () => {
    expect(names('id|name|city\n7|Okafor, Chidi|Leeds\n8|NGUYEN THI MAI|Hull')).toEqual(['Okafor, Chidi', 'NGUYEN THI MAI']);
    expect(names('id;name;plan\n1;Ilse de Groot;basic')).toEqual(['Ilse de Groot']);
    expect(names('| Name | Team |\n|---|---|\n| Tomasz Wrona | Billing |')).toEqual(['Tomasz Wrona']);
  });

  it('takes a "dela" particle inside a labelled name', () => {
    expect(names('Guardian: Marites dela Paz — call after 5')).toContain('Marites dela Paz');
  });

  it.each(['Employer: Halvorsen Maritime, 6 yrs', 'Pickup: Cebuana Lhuillier, any branch'])('no person in the organisation field %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('evidence against a person', () => {
  it.each([
    '- Checksums: sha256 of each artefact',
    '    at load (/home/amira/src/app.ts:4:2)\namira@build-01:~$ ls',
    'the flat is a 5 min walk to Victoria Park',
    'Pos. 1  Wartung Heizungsanlage  190,93 €',
    'Conferma prenotazione — Albergo Bellavista',
    'Kündigung meines Vertrags Nr. 123',
    'Merhaba, ben Emre.',
  ])('%s', (text) => {
    expect(names(text).filter((n) => n !== 'Emre')).toEqual([]);
  });

  it('keeps family names that look like plurals and people named like parks in a person frame', () => {
    expect(names('Dear Sra. Lopes, thanks.')).toContain('Lopes');
    expect(names('I spoke to Grace Park yesterday.')).toContain('Grace Park');
  });
});

describe('withWorldWords', () => {
  it('adds everyday words of other languages but never a listed name', () => {
    const w = withWorldWords(lexicon);
    expect(w?.isCommonWord('heizungsanlage')).toBe(true);
    expect(w?.isCommonWord('albergo')).toBe(true);
    expect(w?.isCommonWord('nowak')).toBe(false);
    expect(w?.isCommonWord('siobhan')).toBe(false);
    expect(withWorldWords(lexicon)).toBe(w);
    expect(withWorldWords(undefined)).toBeUndefined();
  });
});

describe('tenth round: captions, vocatives, titles, name-part labels', () => {
  it.each([
    ['SUPERIOR COURT\nMARGOT ELLERY, Plaintiff,\n  v.\nDESMOND HALE and NORTHWIND FREIGHT LLC, Defendants.', ['MARGOT ELLERY', 'DESMOND HALE']],
    ['IN LOVING MEMORY\nEDITH MARLOWE\nBorn 2 March 1931 in Leeds', ['EDITH MARLOWE']],
    ['[10:02] agent: Is there anything else I can do today, Priya?', ['Priya']],
    ['A: guten tag\nK: ja hallo hier ist frau brunnhuber wegen der rechnung', ['brunnhuber']],
    ['asr v2 · lang es-MX · agente=valeria\nagente: buenas tardes', ['valeria']],
    ['thank you for calling, my name is april, can i have your account number', ['april']],
    ['Your first name and middle initial: Hope L.  Last name: Stone  SSN on file', ['Hope L.', 'Stone']],
    ['2. Patient name (Last, First, MI): ORMOND, FELIX\n3. Sex: M', ['ORMOND, FELIX']],
    ['Surname: QUAYLE   Forename(s): June\nYear group: 4', ['QUAYLE', 'June']],
    ['predeceased by her husband Tobias and survived by the late Imelda Okoro', ['Tobias', 'Imelda Okoro']],
    ['Kind regards,\nAnneke\nMijn dochter Femke is dan thuis.', ['Femke']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    'Company name: Hope Winters Ltd',
    'Menu\nEggs Benedict ........ 11,00\nBloody Mary ........ 9,50',
    'Pos. 1  Wartung Heizungsanlage       190,93 €',
    'Diagnosen:\n- Hashimoto-Thyreoiditis\n- Alzheimer-Demenz',
    '* Guy Fawkes Night 5 Nov\n* Martin Luther King Jr. Day — US holiday',
    '- Leonardo da Vinci–Fiumicino: trains every 15 min',
    'CITY OF OAKRIDGE, Plaintiff,\n  v.\nHALVERSON HOLDINGS LLC, Defendant.',
    'Any questions, Monday?',
  ])('no person in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('eleventh round: pets, routes, institutions, ledgers, contact records', () => {
  it.each([
    ['Donors (2025)\nOkonkwo, Ifeoma & Chidi — £120.00\nRiverside Trust — $500.00', ['Okonkwo, Ifeoma', 'Chidi']],
    ['BEGIN:VCARD\nN:Lindqvist;Maja;;;\nFN:Maja Lindqvist\nEND:VCARD', ['Lindqvist', 'Maja', 'Maja Lindqvist']],
    ['ATTENDEE;CN=Tomás Ferreira;ROLE=REQ-PARTICIPANT:mailto:t@x.pt', ['Tomás Ferreira']],
    ['Employee details: surname OKAFOR  forenames Adaeze', ['OKAFOR', 'Adaeze']],
    ['Seen by vet Harrowgate. All well.', ['Harrowgate']],
    ['On-call handover (Mirela Dobre → Kwame Asante).', ['Mirela Dobre', 'Kwame Asante']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    'Patient: Biscuit (canine), microchip 956000111222333',
    'Shelter board:\n- Pickles, rabbit, 2y\n- Mango, budgie, 1y',
    'our courier said the dog is friendly (her name is Juno)',
    'Flight QF 12 Adelaide–Lorraine cancelled.',
    'TN 9213 Charlotte → Eugene dep 02/25/2024 16:15',
    'OFFICIAL TRANSCRIPT — University of Victoria',
    'Place of birth: Tyler\nPassport no.: X123',
    'Services were cancelled (Typhoon Haiyan).',
  ])('no person in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('eleventh round: pets named once, schools, sites, compounds', () => {
  it.each([
    'Patient: Biscuit (canine)\nBiscuit is doing well; Biscuit’s booster is due.',
    'Dossier — École Marcel Pagnol',
    'Service at Kensal Green crematorium at noon',
    'Inschrijfformulier Tennisvereniging — seizoen 2026',
  ])('no person in %s', (text) => {
    expect(names(text)).toEqual([]);
  });
});

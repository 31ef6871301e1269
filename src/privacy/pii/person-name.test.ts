/** @module privacy/pii/person-name.test — name cues, lists, lexicon frames, known names and negatives. */
import { describe, expect, it } from 'vitest';
import { detectPersonNames } from './person-name.js';
import { winkWordLexicon } from './word-lexicon.js';

const lexicon = winkWordLexicon();
const names = (text: string, knownNames: string[] = []): string[] =>
  detectPersonNames(text, { knownNames, lexicon }).map((s) => s.value);
const namesNoLexicon = (text: string): string[] => detectPersonNames(text, { knownNames: [] }).map((s) => s.value);

describe('detectPersonNames', () => {
  it.each([
    ['Hi, my name is Oluwaseun Adebayo and I need help.', 'Oluwaseun Adebayo'],
    ["I'm Priya, the account owner.", 'Priya'],
    ['Please ask for Dr. Okonkwo at reception.', 'Okonkwo'],
    ['I spoke with Ingrid yesterday.', 'Ingrid'],
    ['Thanks, Keanu', 'Keanu'],
    ['Regards,\nSiobhan', 'Siobhan'],
    ['My husband Tomasz placed the order.', 'Tomasz'],
    ['Can you transfer me to Thabo Quispe?', 'Thabo Quispe'],
    ['Please put Tendai as the recipient.', 'Tendai'],
    ['Please let Sigrun know the router arrived.', 'Sigrun'],
    ['Anja Horvath said the parcel would arrive today.', 'Anja Horvath'],
    ['Ana van der Berg placed it.', 'Ana van der Berg'],
    ['Unfortunately Maria never got it.', 'Maria'],
    // Sentence-start capitals of everyday words neither start nor join a name.
    ['Apparently Sipho Korhonen paid the deposit.', 'Sipho Korhonen'],
    ['Is Eero still on my case?', 'Eero'],
    // A speech verb that organisations share needs a gendered pronoun for a lone unknown word.
    ['Honestly Spyros said he was fine.', 'Spyros'],
    ['We were told by Mr. Moldovan that it was free.', 'Moldovan'],
    ['Warm wishes,\nEleni', 'Eleni'],
    ['The courier gave it to Jordi, my neighbour.', 'Jordi'],
    ['My landlord, Aroha, wants a copy.', 'Aroha'],
    ['Please change the account name to Minseo.', 'Minseo'],
    // A lone given name from the broad list needs no cue; a possessive is not part of the name.
    ['Could Oksana reset my password?', 'Oksana'],
    ["Ragnhild's laptop was charged twice.", 'Ragnhild'],
    // Lower-case names after a relation cue; particles between a title and a surname.
    ['my daughter amaka set up the account', 'amaka'],
    ['Appointment with Dr de Vries on Friday.', 'de Vries'],
    // A sign-off without a comma, on its own line.
    ['Kind regards\nZbigniew', 'Zbigniew'],
    // A name next to a listed organisation keeps its own words only.
    ['Regards,\nTeuila Aer Lingus lost my bag.', 'Teuila'],
    // A decision institutions make does not outweigh a gendered pronoun.
    ['Tavita Lealaiauloto denied the claim, she said it was late.', 'Tavita Lealaiauloto'],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it('extends a found name to the other items of a list', () => {
    expect(names('Please cc Thandeka and Wojtek on the ticket.')).toEqual(['Thandeka', 'Wojtek']);
  });

  it('spreads a found name to its other mentions', () => {
    expect(names('My name is Priya Raman. Raman is my family name.')).toEqual(['Priya Raman', 'Raman']);
  });

  it('uses the known names from metadata, in any case', () => {
    expect(names('hey its zuzana again, still no refund', ['Zuzana Abubakar'])).toEqual(['zuzana']);
    // A known part that is an everyday word keeps its capital.
    expect(names('I will check. Will here.', ['Will Turner'])).toEqual(['Will']);
  });

  it.each([
    'Monday works for me.',
    'Will you ship to Paris by May 3?',
    'This is ridiculous, I waited 12 days.',
    "I'm Canadian so customs differ.",
    'Hi Support, the checkout page is broken.',
    'I talked to FedEx and they blamed you.',
    'Burger King charged me twice.',
    'We visited Lagos last summer.',
    'Yesterday the warehouse in Mumbai said it was lost.',
    'Customer Service never replied.',
    'The Samsung Galaxy S23 arrived cracked.',
    'Royal Mail said it was delivered.',
    'Grace period ends tomorrow.',
    'We moved to San Francisco last year.',
    // Places from the generic gazetteer, things modified by a capitalised word, question openers.
    'Thanks Lisbon office for nothing.',
    'Kolkata Dhaka trains were late.',
    'Hyundai Tucson owners reported it too.',
    'Can Dropbox sync be turned off?',
    'Then Nike emailed a voucher.',
    // Organisations say, tell and ask too; assistants carry given names; lower-case words are words.
    'Revolut said my card was frozen.',
    'Monzo told me to wait three days.',
    'Ask Siri to remind you.',
    'my son will call you tomorrow',
    // Organisations: listed ones, organisation words inside or next to a run, frames, institutional acts.
    'Aer Lingus lost my bag on the way back.',
    'Intesa Sanpaolo charged a fee.',
    'My Rimac Seguros policy renewed.',
    'Oscar Health sent me a letter.',
    'Someone at Ochsner Lafayette called me.',
    'Pacifico Salud rejected my claim.',
    'Dr Martens boots fell apart.',
    // A sign-off word without a comma ends a sentence as often as it opens a signature.
    'Did it arrive? Thanks\nZelle flagged the payment.',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('works without the lexicon (lower recall on unknown names, cue phrases still count)', () => {
    expect(namesNoLexicon('My name is Oluwaseun Adebayo.')).toEqual(['Oluwaseun Adebayo']);
    expect(namesNoLexicon('Maria Garcia called.')).toEqual(['Maria Garcia']);
    expect(namesNoLexicon('Please let Sigrun know.')).toEqual([]);
  });
});

/** @module privacy/pii/org-context.test — organisation evidence: listed phrases and brands, organisation words, frames. */
import { describe, expect, it } from 'vitest';
import { INSTITUTION_DECISION_AFTER, isOrganisationSpan, organisationEnd } from './org-context.js';

/** The span of `part` inside `text`. */
const at = (text: string, part: string): [string, number, number] => {
  const i = text.indexOf(part);
  return [text, i, i + part.length];
};

describe('organisationEnd', () => {
  it('ends after a listed phrase, a listed brand or an organisation word', () => {
    const text = 'Aer Lingus and Humira and Seguros';
    expect(organisationEnd(text, 0, 'Aer')).toBe('Aer Lingus'.length);
    expect(organisationEnd(text, text.indexOf('Humira'), 'Humira')).toBe(text.indexOf('Humira') + 6);
    expect(organisationEnd(text, text.indexOf('Seguros'), 'Seguros')).toBe(text.length);
  });

  it('does not take a phrase whose last word runs on, nor a listed name that is also a brand', () => {
    expect(organisationEnd('Aer Lingusair', 0, 'Aer')).toBe(0 + 'Aer'.length);
    expect(organisationEnd('Chase Miller', 0, 'Chase')).toBe(-1);
    expect(organisationEnd('Maria', 0, 'Maria')).toBe(-1);
  });
});

describe('isOrganisationSpan', () => {
  it.each([
    at('Oscar Health sent me a letter.', 'Oscar'),
    at('Dagny & Co sent the invoice.', 'Dagny'),
    at('I work at Sanlam Glacier now.', 'Sanlam Glacier'),
    at('I am a customer of Davivienda Bantrab.', 'Davivienda Bantrab'),
    at('BNP Paribas froze it.', 'Paribas'),
    at('Barclaycard declined it.', 'Barclaycard'),
    // Fourth round: sector words, software products, a signature's employer, a dotted listed phrase.
    at('Halden Analytics sent the report.', 'Halden'),
    at('We use Quillon for tickets.', 'Quillon'),
    at('The trace ends at node_modules/Quillon/lib/index.js.', 'Quillon'),
    at('Quillon v3.2.0 crashes on start.', 'Quillon'),
    at('Best,\nAna\nSenior Analyst | Tarrant Kessel', 'Tarrant Kessel'),
    at('Dr. Oetker pizza was cold.', 'Oetker'),
    // Sixth round: function words of other languages, a branch after a listed organisation, "role, employer".
    at('Ärzte Ohne Grenzen sent a letter.', 'Ärzte'),
    at('Ärzte Ohne Grenzen sent a letter.', 'Grenzen'),
    at('Pick it up at Kaiser Permanente Tamsin from 9am.', 'Tamsin'),
    at('Best,\nAna\nbilling lead, Corvallis', 'Corvallis'),
    // A dotted legal form right after the span or two capitalised words later (seventh round).
    at('Sender: Okonkwo Hermanos S.A., order 5', 'Okonkwo Hermanos'),
    at('Referans: Ayşe Kaya (Demirci Tekstil A.Ş.)', 'Demirci'),
    at('Business name: Watanabe Seiki K.K.', 'Watanabe Seiki'),
    at('Personalfragebogen — Kessler Elektrotechnik GmbH (Nr. 5)', 'Kessler'),
  ])('reads %j as an organisation', (text, start, end) => {
    expect(isOrganisationSpan(text, start, end)).toBe(true);
  });

  it.each([
    at('I work with Teuila Fonoti at the clinic.', 'Teuila Fonoti'),
    at('Oscar said the form is fine.', 'Oscar'),
    at('Please ask Emily Bishop.', 'Emily Bishop'),
    // A phone number with dots is no version; a name before a bar is no employer.
    at('Call Maricel Dizon, 01.10.52.47.62.', 'Maricel Dizon'),
    at('Tarrant Kessel | Senior Analyst', 'Tarrant Kessel'),
    // A relation before a comma is no job title, and a comma ends an organisation's reach.
    at('My partner, Corvallis, will sign.', 'Corvallis'),
    at('Kaiser Permanente, Tamsin said, was slow.', 'Tamsin'),
    // A capitalised word after a name is no legal form ("Sa" is no "S.A.").
    at('Ask Tamsin Okoro Sa tomorrow.', 'Tamsin'),
  ])('leaves %j to the person rules', (text, start, end) => {
    expect(isOrganisationSpan(text, start, end)).toBe(false);
  });
});

describe('INSTITUTION_DECISION_AFTER', () => {
  it('matches decisions about claims, cards and accounts, not everyday acts', () => {
    expect(INSTITUTION_DECISION_AFTER.test(' denied the claim.')).toBe(true);
    expect(INSTITUTION_DECISION_AFTER.test(', just froze my account')).toBe(true);
    expect(INSTITUTION_DECISION_AFTER.test(' placed the order.')).toBe(false);
  });
});

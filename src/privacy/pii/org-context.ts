/**
 * @module privacy/pii/org-context — evidence that a capitalised run names an organisation, not a
 * person: a listed organisation or brand, an organisation word inside or next to it ("Sanitas Seguros",
 * "Oscar Health", "Banco …"), a coined brand ("Coinbase"), a frame that takes an organisation ("I work
 * at …"), or, for a run with no listed name in it, a decision that institutions make ("… denied the
 * claim", "… froze my account"). Chosen on the error categories of the `independent2` split and on
 * hand-written probes (ADR 0011, third round), not on any corpus' value lists.
 */
import { WORLD_GIVEN_NAMES } from './given-names-world.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, SURNAMES } from './name-lexicon.js';
import { DISH_WORDS } from './name-negatives.js';
import { ORGANISATIONS, VEHICLE_MAKES } from './org-gazetteer.js';

/**
 * Words that make the run they sit in, or the run they follow, an organisation: legal forms and sector
 * nouns in the languages the name lists cover ("Oscar Health", "Sanitas Seguros", "Zenith Bank"). Many
 * are English words that already end a run ("Health"), so they count right after it as well as inside
 * it; the others ("Seguros", "Krankenkasse") are not English words and would otherwise join the run as
 * a "surname".
 */
export const ORG_WORDS_AFTER: ReadonlySet<string> = new Set(
  `Inc Ltd LLC LLP GmbH AG PLC Plc Corp Corporation Company Co Group Holdings Holding Partners Associates
  Bank Sparkasse Kasse Credit Savings Mutual Trust Capital Finance Financial Finserv Securities Investments
  Pay Pago Pagos Payments Insurance Assurance Assurances Seguros Assicurazioni Versicherung Versicherungen
  Krankenkasse Health Healthcare Care Clinic Clínica Clinica Klinik Klinikum Hospital Medical Dental
  Optical Pharmacy Farmacia Farmacias Apotheke Pharma Pharmaceuticals Labs Airlines Airways Aviation Bahn
  Rail Railways Telecom Telekom Wireless Mobile Energy Motors Logistics Express Cargo Freight Shipping
  Foods Technologies Systems Software Solutions Analytics Labs Laboratories Studio Studios Ventures
  Consulting Consultants Digital Media Networks Robotics Dynamics Industries Enterprises Foundation
  Institute Agency Services Partnership Cooperative Coop Traders Trading Supplies Imports Exports
  Brothers Bros Shoji Shōji Bussan Sangyo Sangyō Kogyo Kōgyō Shokai Shōkai Textiles Textile Spedition Haulage
  Vakfı Vakfi Derneği Institutet Institutt Instituut Hogeschool Högskola Gymnasium Remit Remittance Remittances Forex
  Brewing Brewery Bakery Kitchen Kitchens Outfitters Apparel Cosmetics Electronics Semiconductors
  Biotech Therapeutics Diagnostics Bio Energia Telecomunicações Telecomunicaciones Communications
  Realty Properties Estates Construction Builders Engineering Manufacturing Automotive Hotels Resorts
  Travel Tours Airline Transport Transit Couriers Delivery Lending Loans Mortgage Bancorp Bankshares
  Brokerage Wealth Asset Assets Fund Funds Exchange Markets Credit Union Hospitals Medical Center
  Centre Clinics Pharmacies Laboratorios Laboratoires Seguradora Assurance Versicherungs AB ASA Oy
  SA SAS SARL SpA Srl BV NV KG Pty Pvt Limited Incorporated Sdn Bhd Tbk KK Kft Zrt
  Zentrum Zentrale Center Centrum Centro Logistik Lojistik Kargo Tekstil Verlag Druckerei Elektronik Otomotiv
  Techniek Technik Teknik Installatie Installatietechniek Elektrotechnik Bouw Bau Transporte Transportes
  Lettings Homes Residential Solicitors Lawyers Attorneys Legal Abogados Avocats Rechtsanwälte Anwälte
  Advocaten Avvocati Advogados Notaires Notariat Notaris Immobilien Immobilier Inmobiliaria Imobiliária
  Autobody Bodyshop Carrozzeria Autowerkstatt Werkstatt Taller Garage Repairs Apartments Broadband Fibre
  Fiber Connect Utilities Gas Power Water Electric Electricity Immobiliare Logistyka Usługi Spółka
  Veterinary Vets Vet Kennels Cattery Grooming Tierarztpraxis Tierklinik Dierenkliniek Veterinaria Vétérinaire
  Harriers Striders Runners Roadrunners Athletics Triathlon Triatlón Marathon Maratona Maratón Halbmarathon
  Kulübü Kulubu Spor Formu Formulário Formulario Makelaars Makelaardij Vastgoed Forsikring Försäkring
  Recoveries Verhuur Telematics Medicals Chemists Druggists Hospice Hospicio Hospiz Onlus ONLUS gGmbH
  Charities Shelter Rescue Sanctuary Wings Millas Milhas Rewards Mileage Stahl Werke Chemie Bergbau
  Grill Kebab Kebabs Döner Tacos Taqueria Bistro Diner Burgers Burger Sushi Ramen Noodles BBQ Barbecue Café Cafe
  Deli Eatery Curry Shawarma Falafel Dumplings Imbiss Payouts Dispatch Accountancy Accounting Télécom Télécoms
  Telecoms Mobil Móvil Movil Móvel Unlimited Energi Energía Energie Énergie Comercializadora Glasvezel
  Stadtwerke Energiewerke Wasserwerke Elektrizitätswerk Opticians Optician Optometrists Optometry Orthodontics
  Prosthetics Ceramics Eyewear Eyecare Reisen Reizen Reisebüro Reisbureau Viaggi Viajes Voyages Podróże Journeys
  Holidays Vacations Vacances Vacaciones Expeditions Turismo Tourism Excursions Touristik Belediyesi Belediye
  Hermanos Irmãos Fratelli Frères Gebrüder Importaciones Importadora Exportadora Organics Audio Salon Kiosk`.split(/\s+/),
);

/**
 * Words that make the run they sit in, or the run they precede, an organisation ("Banco …", "Deutsche
 * …", "Aer …"). Kept apart from {@link ORG_WORDS_AFTER}: a name may end one sentence right before
 * another that opens with "Aer Lingus", but "Maria Seguros" is no name.
 */
const ORG_WORDS_BEFORE: ReadonlySet<string> = new Set(
  `Banco Banca Banque Bancorp Caja Caixa Crédit Grupo Groupe Gruppo Deutsche Société Sociedad Compagnie
  Compañía Aer Aerolíneas Aerolineas Hospital Hôpital Ospedale Clínica Clinica Klinik Farmacia Pharmacie
  Bäckerei Metzgerei Konditorei Apotheke Autohaus Kanzlei Praxis Klantenservice Kundenservice Kundendienst
  Klantendienst Kundeservice Kundtjänst Asiakaspalvelu Servicio Atención Mutuelle Caisse Cooperativa
  Coopérative Genossenschaft Stichting Fundación Fundação Fondazione Stiftung Maison Cantina Trattoria
  Osteria Ristorante Pizzeria Bodega Tenuta Agriturismo Pensione Albergo Locanda Pousada Posada Hostal Gasthof
  Gasthaus Universidade Universidad Uniwersytet Università Szkoła Szkoły Liceum Technikum Instituto Istituto
  Polizeipräsidium Polizeidirektion Mercatino Bottega Cantinho Artesanías Dulces Panadería Tienda Loja
  Immobiliare Ginásio Gimnasio Palestra Polisportiva Ciclistica Podistica Atletica Sportverein Turnverein
  Schwimmverein Skiclub Kletterhalle Klub Clube Simklubben Idrottsförening Zénith Relevo Corrida
  Maratona Maratón Maraton Halbmarathon Ergebnisliste Üyelik FC SC SV TSV VfB VfL TuS SpVgg CF UD SK IK BK
  FK RC AC ASD SSD Immo Cabinet Fondation Fundacja Fundacji Fundację Fundacją Fundacija Nadace Nadácia Alapítvány
  Fundația Fundatia Säätiö Stiftelsen Stiftelse Associazione Asociación Associação Verein Vereniging Stowarzyszenie
  Woonstichting Woningstichting Apache Team Stadtwerke Énergie Energie Eaux Bufete Despacho Studio Optik Augenoptik
  Ottica Óptica Ótica Opticien Gabinet Kieferorthopädie Zahnarztpraxis Tandartspraktijk Viajes Voyages Viaggi
  Autocares Taverna Agencia Agenzia Reisebüro Scuola Escuela Colegio CEIP CEIPS IES Scoil Gaelscoil Volksschule
  Grundschule Mittelschule Realschule Hauptschule Gesamtschule Basisschool École Ecole Collège Lycée Secundaria
  Primaria Rada Rady Radzie Radę Stadtkasse Gemeindekasse Stadtverwaltung Gemeinde Ayuntamiento Concello
  Ajuntament Comune Municipio Prefeitura Gemeente Mairie`.split(/\s+/),
);
/**
 * Capitalised function words of other languages ("Médecins Sans Frontières", "Ärzte ohne", "Stiftung
 * Für …"): names do not contain them, organisations and titles do. They count on both sides of a run.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set('Sans Sin Sem Senza Ohne Für Fur Und Pour Avec Sur Sous Contre Sobre Entre Och Og'.split(' '));

/** A listed given name or surname: such a token is never taken as a brand on its own. */
export const isListedName = (t: string): boolean =>
  FIRST_NAMES.has(t) || AMBIGUOUS_FIRST_NAMES.has(t) || SURNAMES.has(t) || WORLD_GIVEN_NAMES.has(t);

/** What the gazetteer knows about a word: a brand on its own, and the listed phrases it starts. */
interface OrgEntry {
  word: boolean;
  readonly phrases: string[];
}

/**
 * The gazetteer and the organisation words by first word, so the name detector pays one map lookup per
 * capitalised token. One-word entries that are listed names ("Chase") are left to the name rules. A
 * first word's trailing full stop is dropped ("Dr. Martens" is found from the token "Dr"). Built at
 * load (~1,000 entries, well under a millisecond).
 */
const INDEX: ReadonlyMap<string, OrgEntry> = (() => {
  const map = new Map<string, OrgEntry>();
  const entry = (w: string): OrgEntry => {
    const key = w.replace(/\.$/, '');
    let e = map.get(key);
    if (!e) map.set(key, (e = { word: false, phrases: [] }));
    return e;
  };
  for (const w of [...ORG_WORDS_AFTER, ...ORG_WORDS_BEFORE, ...FUNCTION_WORDS]) entry(w).word = true;
  // Brands with an apostrophe are typed with either one ("Trader Joe's", "Trader Joe’s").
  const all = ORGANISATIONS.flatMap((e) => (e.includes("'") ? [e, e.replace(/'/g, '’')] : [e]));
  for (const e of all) {
    const space = e.indexOf(' ');
    if (space > 0) entry(e.slice(0, space)).phrases.push(e);
    else if (!isListedName(e)) entry(e).word = true;
  }
  return map;
})();

/** Characters that may follow the last word of a listed phrase. */
const WORD_END = /[\s.,;:!?)'’"]/;

/**
 * Where the organisation that starts with the capitalised token `tok` at `at` ends: after a listed
 * phrase ("Kaiser Permanente"), or after the token itself when it is a listed brand or an organisation
 * word ("Humira", "Seguros"); -1 otherwise. Its words then neither start nor join a name.
 */
export function organisationEnd(text: string, at: number, tok: string): number {
  if (VEHICLE_MAKES.has(tok)) {
    const model = VEHICLE_MODEL_AFTER.exec(text.slice(at + tok.length, at + tok.length + MODEL_REACH));
    // "Kia Patel" is a person: a listed name is no model, unless the make is no family name ("Škoda
    // Octavia Combi", "Toyota Corolla").
    if (model && (DEALER_MAKES.has(tok) || !model[0].trim().split(' ').some(isListedName))) return at + tok.length + model[0].length;
  }
  // Two-word makes whose second word is a name ("Alfa Romeo Giulia", "Aston Martin DB11"): the make and
  // the model after it, whatever words the model has.
  const second = TWO_WORD_MAKES.get(tok);
  if (second && text.startsWith(second, at + tok.length)) {
    const makeEnd = at + tok.length + second.length;
    if (makeEnd >= text.length || WORD_END.test(text[makeEnd] ?? '')) {
      const model = VEHICLE_MODEL_AFTER.exec(text.slice(makeEnd, makeEnd + MODEL_REACH));
      return makeEnd + (model?.[0].length ?? 0);
    }
  }
  const e = INDEX.get(tok);
  if (e) {
    // "Dr. Oetker" for a listed "Dr Oetker": a full stop after the first word is optional.
    const dotted = text[at + tok.length] === '.';
    for (const listed of e.phrases) {
      const stop = phraseEnd(text, at, dotted && listed[tok.length] === ' ' ? `${tok}.${listed.slice(tok.length)}` : listed);
      if (stop >= 0) return stop;
    }
    if (e.word) return at + tok.length;
  }
  return possessiveBrandEnd(text, at, tok);
}

/**
 * Where a brand named in the possessive ends when its token is a given name ("Wendy's", "Macy’s"), or a
 * listed phrase that opens with one ("Carl's Jr.", "Ruth's Chris"); -1 otherwise.
 */
function possessiveBrandEnd(text: string, at: number, tok: string): number {
  const next = text.charCodeAt(at + tok.length);
  if ((next !== 39 && next !== 0x2019) || text.charCodeAt(at + tok.length + 1) !== 115) return -1;
  const p = INDEX.get(`${tok}${text[at + tok.length] ?? ''}s`);
  if (!p) return -1;
  const stop = at + tok.length + 2;
  if (p.word && (stop >= text.length || WORD_END.test(text[stop] ?? '')) && !KIN_AFTER.test(text.slice(stop, stop + 16))) return stop;
  for (const listed of p.phrases) {
    const end = phraseEnd(text, at, listed);
    if (end >= 0) return end;
  }
  return -1;
}

/** Where `phrase` ends when the text holds it at `at` as whole words, or -1. */
function phraseEnd(text: string, at: number, phrase: string): number {
  const stop = at + phrase.length;
  return text.startsWith(phrase, at) && (stop >= text.length || WORD_END.test(text[stop] ?? '')) ? stop : -1;
}

/**
 * A model after a vehicle make: one or two capitalised or alphanumeric words ("Niro", "Romeo Giulietta",
 * "Model 3", "X5", "CX-5", "Clio"), then no more name-like word.
 */
const VEHICLE_MODEL_AFTER = /^ (?:[A-Z][\p{L}\d-]*|\d[\w-]*)(?: (?:[A-Z][\p{L}\d-]*|\d[\w-]*))?(?=[\s,.;:)!?]|$)/u;
/** Makes of two words, by their first word, whose second word is a name. */
const TWO_WORD_MAKES: ReadonlyMap<string, string> = new Map([
  ['Alfa', ' Romeo'],
  ['ALFA', ' ROMEO'],
  ['Aston', ' Martin'],
  ['ASTON', ' MARTIN'],
]);
/** Characters after a make read for its model. */
const MODEL_REACH = 32;

/** A relative or a personal belonging after a possessive: "Wendy's mum" is a person, not the brand. */
const KIN_AFTER = /^ (?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|brother|sister|friend|boyfriend|girlfriend|baby|kids?|children|family|parents|birthday|phone|number|email|account|car|house|flat|room|name)\b/i;

/** The word right after a span, separated by one space; full stops inside it are kept ("S.A.", "K.K."). */
const WORD_AFTER = /^ ([\p{L}&]+(?:\.[\p{L}]+)*\.?)/u;
/**
 * Legal forms of companies, full stops dropped ("A.Ş." → "AŞ", "S.p.A." → "SpA", "B.V." → "BV"), from
 * company law across many countries. One may close an organisation up to two capitalised words after a
 * span ("Novak Elektrotechnik GmbH", "Ortega Hermanos S.A."): names are not followed by them.
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set(
  `Inc Ltd LLC LLP GmbH AG PLC Plc Corp SA SAS SARL SpA Srl SRL SL SLU SAU BV NV KG OHG UG eG AB ASA AS ApS
  Oy Oyj Pty Pvt Limited Incorporated Sdn Bhd Tbk KK Kft Zrt AŞ Ltda Lda LDA SAC SAB Sp sro spol doo
  OÜ UAB SIA SCA SCS SNC EURL SASU PLLC LP LLLP PLLP`.split(/\s+/),
);
/** A run of up to two capitalised words, then a (dotted) legal form, right after a span. */
const LEGAL_FORM_AHEAD = /(?: \p{Lu}[\p{L}\p{M}-]*){0,2} (\p{L}+(?:\.\p{L}+)*\.?)(?=[\s,;:)]|$)/uy;

/** True when a legal form closes the span within two capitalised words ("… Tekstil A.Ş."). */
function legalFormAhead(text: string, end: number): boolean {
  // Every legal form and every word before it opens with a capital (sticky match, no slice).
  const c = text.charCodeAt(end + 1);
  if (!((c >= 0x41 && c <= 0x5a) || c > 0xbf)) return false;
  LEGAL_FORM_AHEAD.lastIndex = end;
  const m = LEGAL_FORM_AHEAD.exec(text);
  return m !== null && LEGAL_FORMS.has((m[1] ?? '').replace(/\./g, ''));
}
/** Characters before a span searched for an organisation frame ("subscription with " is the longest). */
const FRAME_WINDOW = 24;
/** Shortest word {@link COINED_BRAND} can match (three letters and a three-letter noun); shorter ones skip it. */
const MIN_COINED_LENGTH = 6;

/**
 * True when the span `text[start, end)`, found by the person rules, reads as an organisation: the word
 * next to it is an organisation word ("Oscar Health", "Dagny & Co"), a frame before it takes an
 * organisation ("I work at …"), a listed phrase starts right before it, or a word of it is a coined
 * brand ("Barclaycard"). Listed brands and phrases that start inside a run never reach here: they break
 * runs. The only phrases left are those whose first word is no name-shaped token ("BNP Paribas").
 */
export function isOrganisationSpan(text: string, start: number, end: number): boolean {
  if (text.startsWith(' & ', end) || organisationClosesSpan(text, start, end)) return true;
  // The whole span is a listed brand or phrase: a form field or table column read it as one value
  // ("Payee: Goldman Sachs"), so the run-breaking of listed phrases never saw it.
  const first = FIRST_WORD.exec(text.slice(start, end))?.[0];
  if (first && organisationEnd(text, start, first) >= end) return true;
  if (start > 1 && text[start - 1] === ' ' && text[start - 2] !== ',' && followsOrganisation(text, start)) return true;
  if (start > 1 && text[start - 1] === ' ') {
    let j = start - 2;
    while (j >= 0 && text[j] !== ' ' && text[j] !== '\n' && text[j] !== '\t') j--;
    // An opening quote or bracket is no part of the word ('the sign "Cantina Bruno"').
    const before = text.slice(j + 1, start - 1).replace(/^["'“‘(«]+/, '');
    if (before === '&' || ORG_WORDS_BEFORE.has(before) || FUNCTION_WORDS.has(before)) return true;
    // The frame regex runs only after its last word.
    const frame = before === 'at' || before === 'with' || before === 'of';
    if (frame && ORG_FRAME_BEFORE.test(text.slice(Math.max(0, start - FRAME_WINDOW), start))) return true;
    if (organisationEnd(text, start - 1 - before.length, before.replace(/\.$/, '')) > start) return true;
    // "npm/ Lodash", "via github/ …": a path before the word; "w/" is shorthand for "with" ("spoke w/ Deepika").
    if (PRODUCT_VERB_BEFORE.has(before.toLowerCase()) || (before.endsWith('/') && before.toLowerCase() !== 'w/')) return true;
  }
  for (const t of text.slice(start, end).split(' ')) if (t.length >= MIN_COINED_LENGTH && COINED_BRAND.test(t)) return true;
  if (start > 0 && text[start - 1] === '/') return true;
  return VERSION_AFTER.test(text.slice(end, end + 16)) || signatureOrganisation(text, start);
}

/**
 * True when the span opens or closes with an organisation word ("Cantina Bruno", "Universidade") or
 * follows one ("Immobiliare Ferraro"), closes a listed phrase ("Raymond James"), a partner and an
 * organisation word follow it ("Whitaker & Moss Lettings"), the
 * words right after it close an organisation ("Okonkwo Brothers", "Takumi Shoji K.K."), or a plus glues
 * it to a brand's first word ("Kuehne+Nagel"). The narrowest of the organisation checks: the learned
 * scorer's names go through it too.
 */
export function organisationClosesSpan(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).split(' ');
  const last = words[words.length - 1] ?? '';
  if (ORG_WORDS_BEFORE.has(words[0] ?? '') || DISH_WORDS.has(words[0] ?? '') || ORG_WORDS_AFTER.has(last) || TEAM_COMPOUND.test(last)) return true;
  // "Thomas" of "Thomas Cook": a listed phrase opens with the span and runs past it (a make and a model
  // word after it are no such phrase: "Suzuki Haruto" is a person).
  if (!VEHICLE_MAKES.has(words[0] ?? '') && organisationEnd(text, start, words[0] ?? '') > end) return true;
  // "Sterling Honda", "PARKSIDE VOLVO": a dealer named by a word and the make it sells; a make that is
  // also a family name ("Kia", "Renault", "Ford") ends a person's name as often.
  if (words.length > 1 && isDealerMake(last)) return true;
  // "Immobiliare Ferraro", "SC Blau-Weiß": the business or club word right before the span; "Raymond
  // James": a listed phrase that the word before opens and the span closes.
  if (start > 1 && text[start - 1] === ' ') {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - FRAME_WINDOW), start - 1))?.[0] ?? '';
    if (ORG_WORDS_BEFORE.has(before) || DISH_WORDS.has(before) || (before && organisationEnd(text, start - 1 - before.length, before) >= end)) return true;
    // "Trattoria da Luigi", "Osteria del Sole": a particle between the business word and the name.
    if (ORG_PARTICLES.has(before)) {
      const head = WORD_BEFORE.exec(text.slice(Math.max(0, start - 2 - before.length - FRAME_WINDOW), start - 2 - before.length))?.[0] ?? '';
      if (ORG_WORDS_BEFORE.has(head)) return true;
    }
    if (ORG_LABEL_BEFORE.test(text.slice(Math.max(0, start - ORG_LABEL_REACH), start))) return true;
    // "Scuola Primaria A. Manzoni": a business or school word, then the initial of the name it bears.
    const initialled = INITIAL_AFTER_WORD.exec(text.slice(Math.max(0, start - FRAME_WINDOW), start));
    if (initialled && ORG_WORDS_BEFORE.has(initialled[1] ?? '')) return true;
    // Two words back: a model's second word or the model of a two-word make ("Škoda Octavia Combi", "Alfa Romeo Giulia").
    const at = start - 1 - before.length;
    const first = before && text[at - 1] === ' ' ? (WORD_BEFORE.exec(text.slice(Math.max(0, at - 1 - FRAME_WINDOW), at - 1))?.[0] ?? '') : '';
    if ((TWO_WORD_MAKES.has(first) || VEHICLE_MAKES.has(first)) && organisationEnd(text, at - 1 - first.length, first) >= end) return true;
  }
  const word = text[end] === ' ' ? WORD_AFTER.exec(text.slice(end, end + FRAME_WINDOW))?.[1] : undefined;
  const after = word?.includes('.') ? word.replace(/\./g, '') : word;
  // "&" is left to the rules' check: "Ananya & Artem" are two people as often as "Dagny & Co" is a firm.
  if (after && (ORG_WORDS_AFTER.has(after) || FUNCTION_WORDS.has(after) || isDealerMake(after) || ORG_WORDS_AFTER.has(titleCased(after)))) return true;
  if (text[end] === ' ' && legalFormAhead(text, end)) return true;
  // "Whitaker & Moss Lettings": a partner's name and an organisation word close the firm's name.
  const partner = text.startsWith(' & ', end) ? PARTNER_AHEAD.exec(text.slice(end, end + FRAME_WINDOW + 8)) : null;
  if (partner && ORG_WORDS_AFTER.has(partner[1] ?? '')) return true;
  // A brand glued to its next part by "!" ("Fritz!Box", "Yahoo!Mail").
  if (text[end] === '!' && /\p{Lu}/u.test(text[end + 1] ?? '')) return true;
  return start > 1 && text[start - 1] === '+' && /\p{L}/u.test(text[start - 2] ?? '');
}

/**
 * Makes that no family name shares, which name a dealer when they close a span ("Sterling Toyota",
 * "PARKSIDE VOLVO"). Left out: makes that are family names or words ("Honda", "Suzuki", "Ford",
 * "Renault", "Ferrari", "Tata", "Saab", "Lincoln", "Smart", "Mini").
 */
const DEALER_MAKES: ReadonlySet<string> = new Set(
  `Toyota Nissan Hyundai Mazda Subaru Mitsubishi Lexus Acura Infiniti Tesla Chevrolet Chrysler Buick Cadillac
  GMC Volkswagen VW Audi BMW Mercedes-Benz Porsche Opel Vauxhall Peugeot Citroën Citroen Dacia Fiat Škoda Skoda
  Cupra Volvo Polestar Maserati Lamborghini Jeep BYD Geely Chery Isuzu Perodua Proton Rivian`.split(/\s+/),
);

/** A word in capitals written as a title ("FOUNDATION" → "Foundation"); other words unchanged. */
const titleCased = (w: string): string => (w.length > 2 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w);

/** The last word of a span names a dealer's make, in either case. */
function isDealerMake(word: string): boolean {
  return DEALER_MAKES.has(word) || DEALER_MAKES.has(titleCased(word));
}

/** " & " and a capitalised word, then the word after it (group 1): "& Moss Lettings". */
const PARTNER_AHEAD = /^ & \p{Lu}[\p{L}\p{M}'’-]* (\p{L}+)/u;
/** Particles that join a business word to the name after it ("Trattoria da Luigi", "Osteria del Sole"). */
const ORG_PARTICLES: ReadonlySet<string> = new Set(['da', 'di', 'del', 'dal', 'della', 'de', 'do', 'dos', 'du', 'des', 'la', 'le', 'chez', 'bei', 'zum', 'zur']);
/**
 * A label whose value is a business, brand or network, right before the span on its line ("Restaurant:
 * Papa Kofi Grill", "Favourite restaurant: …", "Operadora doadora: …", "Losing carrier: …"). Not
 * "provider" or "merchant", which name a doctor or a till's staff as often ("Ordering provider: …",
 * "Merchant note: Cem at the till …").
 */
const ORG_LABEL_BEFORE =
  /(?:^|\n)[ \t]*(?:[\p{L}]+[ \t]){0,2}(?:restaurant|store|shop|carrier|network|operadora(?:[ \t]\p{L}+)?|vendor|supplier|brand|retailer)[ \t]*:[ \t]*(?:\p{Lu}[\p{L}\p{M}'’-]*[ \t]){0,3}$/iu;
/** Characters read before a span for {@link ORG_LABEL_BEFORE}. */
const ORG_LABEL_REACH = 72;
/** The word ending right before a space ("Immobiliare" of "Immobiliare Ferraro", "Ruth's" of "Ruth's Chris"). */
const WORD_BEFORE = /\p{L}(?:[\p{L}]|['’](?=\p{L}))*$/u;

/** A word, then one initial with its full stop, right before a span (group 1 the word: "Primaria" of "Primaria A. "). */
const INITIAL_AFTER_WORD = /(\p{L}+) \p{Lu}\. $/u;
/** The first word of a span, without a full stop ("Dr" of "Dr. Martens"). */
const FIRST_WORD = /^[^\s.]+/;

/** A brand's team written as one hyphenated word ("Hearthly-team", "Vesta Circle-Sicherheitsteam", "Acme-Support"). */
const TEAM_COMPOUND = /-(?:[Tt]eam|\p{L}*team|[Ss]upport|[Ss]ervice|[Cc]rew)$/u;

/** Words looked back over for a listed organisation ending right before a span ("Procter & Gamble"). */
const MAX_ORG_WORDS_BACK = 4;

/**
 * A listed organisation ends right before the span, one space between: the span names a branch or a
 * product line of it ("at Acme Widgets Lisbon", "the Acme & Sons Leeds store").
 */
function followsOrganisation(text: string, start: number): boolean {
  // An organisation's last word is capitalised or "&" ("… Gamble", "Ben & Jerry's"): look at it first.
  let w = start - 2;
  while (w > 0 && text[w - 1] !== ' ' && text[w - 1] !== '\n' && text[w - 1] !== '\t') w--;
  const c = text.charCodeAt(w);
  if (!((c >= 0x41 && c <= 0x5a) || c > 0xbf || c === 0x26)) return false;
  let at = start - 1;
  for (let k = 0; k < MAX_ORG_WORDS_BACK && at > 0; k++) {
    let j = at - 1;
    while (j >= 0 && text[j] !== ' ' && text[j] !== '\n' && text[j] !== '\t') j--;
    const word = text.slice(j + 1, at);
    if (!word) return false;
    const bare = word.endsWith('.') ? word.slice(0, -1) : word;
    if (INDEX.has(bare) && organisationEnd(text, j + 1, bare) === start - 1) return true;
    if (text[j] !== ' ') return false;
    at = j;
  }
  return false;
}

/**
 * Verbs that take software or a device, not a person ("reinstall …", "we use …"): a span right after
 * one is a product. A path separator right before a span ("node_modules/…") marks a package.
 */
const PRODUCT_VERB_BEFORE: ReadonlySet<string> = new Set(
  'use uses using install installs installed installing reinstall reinstalled uninstall uninstalled upgrade upgraded downgrade downgraded launch launched'.split(' '),
);
/** A version number right after a span: a product ("… v20.10.4", "… 5.16.1"). */
const VERSION_AFTER = /^ (?:v\d+(?:\.\d+)+|\d{1,3}\.\d{1,3}\.\d{1,5})(?![.\d])/;
/**
 * A signature line "Role | Organisation" ("Staff Engineer | …", "Office Manager | …"): what follows the
 * bar after a job title is the employer.
 */
const ROLE_BAR_BEFORE =
  /(?:^|\n)[^\n|]*\b(?:manager|engineer|lead|analyst|director|officer|head of [\p{L} ]+|adjuster|nurse|consultant|specialist|coordinator|assistant|associate|administrator|developer|designer|architect|scientist|accountant|advisor|adviser|executive|president|partner|founder|intern|clerk|agent|representative|technician|supervisor|owner|ceo|cto|cfo|coo|vp)[ \t]*\|[ \t]*$/iu;
/**
 * A signature line "role, Organisation" ("billing lead, …", "Senior Engineer, …"): a line that opens
 * with a job title (no determiner: "my partner, Ana" is a person) and a comma, the span closing it.
 */
const ROLE_COMMA_BEFORE =
  /(?:^|\n)[ \t]*(?!(?:my|our|your|his|her|their|the|a|an)\b)(?:[\p{L}-]+ ){0,3}(?:manager|engineer|lead|analyst|director|officer|consultant|specialist|coordinator|administrator|developer|designer|architect|scientist|accountant|advisor|adviser|executive|president|founder|intern|clerk|representative|technician|supervisor|ceo|cto|cfo|coo|vp)[ \t]*,[ \t]*$/iu;

/** True when the span follows "Role | " or "Role, " on its line (a signature's employer). */
function signatureOrganisation(text: string, start: number): boolean {
  if (start < 2) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  if (text[start - 2] === '|') return ROLE_BAR_BEFORE.test(before);
  return text[start - 2] === ',' && ROLE_COMMA_BEFORE.test(before);
}

/**
 * A coined brand: a word glued to a commerce or product noun ("Barclaycard", "Coinbase", "Quickbooks",
 * "Wholecare", "Shopify"). Given names and surnames do not end this way after three or more letters
 * ("Picard" and "Bishop" have two); "-ly" and "-net" are left out for Emily and Janet.
 */
const COINED_BRAND =
  /^\p{Lu}\p{Ll}{2,}(?:card|base|books?|care|box|hub|mart|soft|ware|works|force|gram|pay|bank|flix|tube|ify|cart|shop|store|mail|chat|cast|point|zone|dash|desk|wallet|coin|cash|trade)$/u;

/**
 * Frames that take an organisation: where someone works, banks, is a patient or holds an account
 * ("I work at …", "my account with …", "someone at …", "a customer of …", "socio de …"). "work with" is left out:
 * people work with people.
 */
const ORG_FRAME_BEFORE =
  /\b(?:(?:work(?:s|ed|ing)?|job|shift|appointment|staff|someone|somebody|anyone|nobody|people|guys|folks) at|(?:account|accounts|policy|plan|membership|subscription|claim|insured|banked|banking|registered|enrolled) (?:with|at)|(?:patient|customer|client|policyholder) of|(?:socio|socia|miembro|cliente) de|membre de|lid van|mitglied (?:bei|von)) $/i;

/**
 * Decisions that institutions make about claims, cards, accounts and payments ("… denied the claim",
 * "… froze my account", "… billed me twice"). For a run with no listed name they outweigh the
 * "two non-words are a name" reading; a person who does these things is usually introduced by a cue.
 */
export const INSTITUTION_DECISION_AFTER =
  /^,? (?:(?:has|have|just|also|then|already|still|again|finally|now) )?(?:denied|rejected|declined|refused|froze|blocked|suspended|flagged|reversed|billed|debited|overcharged|overbooked|reimbursed) (?:the|my|our|your|a|an|me|it|this|that|both|all|his|her|their)\b/;

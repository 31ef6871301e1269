/**
 * @module privacy/pii/address-fields.test — addresses after address labels and fields in many
 * languages, their ends, the labels that name no postal address, and the grid-street and suburb forms
 * the patterns of `address.ts` read. Every example is invented.
 */
import { describe, expect, it } from 'vitest';
import { findAddressFields, looksLikeAddress } from './address-fields.js';
import { addressDetector } from './address.js';

const ctx = { knownNames: [] };
/** The address values the whole detector (patterns + fields) reports. */
const values = (text: string): string[] => addressDetector.detect(text, ctx).map((s) => s.value);
/** The values the field reader alone reports. */
const fields = (text: string): string[] => findAddressFields(text).map((f) => text.slice(f.start, f.end));

describe('findAddressFields: labels in many languages', () => {
  it.each([
    ['Address: 48 Orchard Lane, Millbrook, Kent ME4 2XT', '48 Orchard Lane, Millbrook, Kent ME4 2XT'],
    ['Shipping address: 77 Birch Hollow, Fairview, OR 97330', '77 Birch Hollow, Fairview, OR 97330'],
    ['Billing Address - 9 Quarry View, Dunmore, Galway H91 K2X3', '9 Quarry View, Dunmore, Galway H91 K2X3'],
    ['Anschrift: Am Lindenhof 14a, 37085 Göttingen', 'Am Lindenhof 14a, 37085 Göttingen'],
    ['Dirección: Cl. del Almendro 21, 3º B, 41005 Sevilla.', 'Cl. del Almendro 21, 3º B, 41005 Sevilla'],
    ['Indirizzo: Vicolo dei Fabbri 6, 40124 Bologna (BO)', 'Vicolo dei Fabbri 6, 40124 Bologna (BO)'],
    ['Endereço: Travessa do Carmo 88, 4050-163 Porto', 'Travessa do Carmo 88, 4050-163 Porto'],
    ['Adres: Zielona 17 m. 4, 60-101 Poznań', 'Zielona 17 m. 4, 60-101 Poznań'],
    ['Lakcím: 9021 Győr, Rába utca 3. 1/2.', '9021 Győr, Rába utca 3. 1/2.'],
    ['Osoite: Koivukuja 5 B 12, 40100 Jyväskylä', 'Koivukuja 5 B 12, 40100 Jyväskylä'],
    ['İkamet: Lale Sok. No: 8 D: 2, 35210 Konak/İzmir', 'Lale Sok. No: 8 D: 2, 35210 Konak/İzmir'],
    ['Địa chỉ: Số 12 hẻm 5 đường Trần Phú, Phường 4, Đà Lạt.', 'Số 12 hẻm 5 đường Trần Phú, Phường 4, Đà Lạt'],
    ['Alamat: Jl. Kenanga No. 19, Sleman, Yogyakarta 55281', 'Jl. Kenanga No. 19, Sleman, Yogyakarta 55281'],
    ['Tirahan: 31 Sampaguita St., Barangay Malinis, Lucena 4301', '31 Sampaguita St., Barangay Malinis, Lucena 4301'],
    ['Anwani: Nyumba 14, Mtaa wa Uhuru, Dodoma', 'Nyumba 14, Mtaa wa Uhuru, Dodoma'],
    ['Διεύθυνση: Ερμού 42, 546 24 Θεσσαλονίκη', 'Ερμού 42, 546 24 Θεσσαλονίκη'],
    ['Адрес: ул. Садовая, д. 7, кв. 3, Тверь, 170100', 'ул. Садовая, д. 7, кв. 3, Тверь, 170100'],
    ['כתובת: רחוב הזית 9, חיפה 3303109', 'רחוב הזית 9, חיפה 3303109'],
    ['العنوان: شارع النخيل 27, جدة 23451', 'شارع النخيل 27, جدة 23451'],
    ['पता: 14, गांधी मार्ग, जयपुर 302001', '14, गांधी मार्ग, जयपुर 302001'],
    ['住所：大阪府吹田市千里山3丁目4-7', '大阪府吹田市千里山3丁目4-7'],
    ['地址：杭州市西湖区文三路58号3单元','杭州市西湖区文三路58号3单元'],
    ['주소: 대전광역시 유성구 대학로 91, 205호', '대전광역시 유성구 대학로 91, 205호'],
  ])('%s', (text, want) => {
    expect(fields(text)).toEqual([want]);
  });

  it('reads labels that end in a preposition, with or without a colon', () => {
    expect(fields('Subsemnatul, domiciliat în Str. Teilor nr. 12, bl. A2, ap. 7, 550123 Sibiu, solicit eliberarea')).toEqual([
      'Str. Teilor nr. 12, bl. A2, ap. 7, 550123 Sibiu',
    ]);
    expect(fields('Residente in: Corso Mazzini 31, 60121 Ancona (AN)')).toEqual(['Corso Mazzini 31, 60121 Ancona (AN)']);
    expect(fields('Herr Brandt, wohnhaft in Kiefernweg 3, 01307 Dresden, beantragt')).toEqual(['Kiefernweg 3, 01307 Dresden']);
  });

  it('reads Hinglish "address ye hai"', () => {
    expect(fields('user: address ye hai — 27/3, Gandhi Colony, Indore 452001')).toEqual(['27/3, Gandhi Colony, Indore 452001']);
  });

  it('reads JSON, XML and YAML keys, up to the closing quote or tag', () => {
    expect(fields('{ "addressLine1": "Unit 5, 18 Harbour Rd, Nelson 7010", "country": "NZ" }')).toEqual(['Unit 5, 18 Harbour Rd, Nelson 7010']);
    expect(fields('"line1": "Flat 22, Cedar Heights, Whitefield, Bengaluru 560066",')).toEqual(['Flat 22, Cedar Heights, Whitefield, Bengaluru 560066']);
    expect(fields('<Address type="home">Pieterstraat 12, 3512 JT Utrecht</Address>')).toEqual(['Pieterstraat 12, 3512 JT Utrecht']);
    expect(fields('street_address: 605 Willow Bend, Austin, TX 78704')).toEqual(['605 Willow Bend, Austin, TX 78704']);
  });

  it('ends the value at the next field, a column gap, a phone, or the rest of the sentence', () => {
    expect(fields('Adresse: 5 rue des Orfèvres, 67000 Strasbourg   Tél: 03 88 00 00 00')).toEqual(['5 rue des Orfèvres, 67000 Strasbourg']);
    expect(fields('Address: 3 Elm Row, Bath BA1 2QT, Phone: 01225 000000')).toEqual(['3 Elm Row, Bath BA1 2QT']);
    expect(fields('Address: 3 Elm Row, Bath BA1 2QT, +44 1225 000000')).toEqual(['3 Elm Row, Bath BA1 2QT']);
    expect(fields("l'adresse suivante : 4 place du Marché, 21000 Dijon, c'est bien ça ?")).toEqual(['4 place du Marché, 21000 Dijon']);
    expect(fields('Address: 80 Lark Street, Hobart TAS 7000. Please ring twice.')).toEqual(['80 Lark Street, Hobart TAS 7000']);
  });

  it('ends the value where the message goes on with no punctuation between', () => {
    expect(fields('Address: 14 Wren Close, Ipswich IP4 2QD The courier never came')).toEqual(['14 Wren Close, Ipswich IP4 2QD']);
    expect(fields('Adresse : Lindenweg 4, 79098 Freiburg d.o.b. 02/03/1977')).toEqual(['Lindenweg 4, 79098 Freiburg']);
    expect(fields('Current address: 310 Maple Ave, Dayton, OH 45402 (since June 2018)')).toEqual(['310 Maple Ave, Dayton, OH 45402']);
    expect(fields('Billing address: Singel 40, 1015 AB Amsterdam Regards, Ines Okafor')).toEqual(['Singel 40, 1015 AB Amsterdam']);
    expect(fields('New address: Via Po 12, 10123 Torino (TO). Callback tomorrow')).toEqual(['Via Po 12, 10123 Torino (TO)']);
    expect(fields('Address: Calle Luna 3, 29015 Málaga born Oct 2 1961')).toEqual(['Calle Luna 3, 29015 Málaga']);
    expect(fields('住所：福岡県福岡市中央区天神2-8-1 Thanks')).toEqual(['福岡県福岡市中央区天神2-8-1']);
  });

  it('keeps the closing dot of a quoted value and of a Hungarian floor and door', () => {
    expect(fields('"address": "Av. Juárez 77, Centro, 06050 Ciudad de México, CDMX."')).toEqual(['Av. Juárez 77, Centro, 06050 Ciudad de México, CDMX.']);
    expect(fields('Lakcím: 7621 Pécs, Király utca 5. 3/1.')).toEqual(['7621 Pécs, Király utca 5. 3/1.']);
  });

  it('merges with the pattern finds: the longer span wins', () => {
    expect(values('Postal: Apartment 3C, Baobab Court, Kilifi Road, P.O. Box 1234-80100, Mombasa')).toEqual([
      'Apartment 3C, Baobab Court, Kilifi Road, P.O. Box 1234-80100, Mombasa',
    ]);
  });

  it('leaves a label on its own line to the multi-line patterns', () => {
    expect(values('Address:\n48 Orchard Lane\nMillbrook\nKent ME4 2XT')).toEqual(['48 Orchard Lane\nMillbrook\nKent ME4 2XT']);
  });
});

describe('findAddressFields: labels followed by no address', () => {
  it.each([
    'Address: see above',
    'Adresse: unbekannt',
    'Address: same as billing, 2 parcels',
    'address: 192.168.0.1',
    'Address: 10.20.30.40, port 8443',
    'IP address: 172.16.4.9, gateway 172.16.4.1',
    'MAC address: 3c:22:fb:91:0a:7e',
    'Email address: dana.okoro@example.org',
    'Adresse e-mail : l.martin@example.fr',
    'Web address: https://example.com/about, 2024',
    'Wallet address: 0x52908400098527886E0F7030069857D2E4169EE7',
    'Address: +1 415 555 0199',
    'Address: 14 March 2023',
    'address: 12 items shipped, total 30',
    'Address: I will send it in 2 days, thanks',
    'Postal code: 90210',
    'Line 1: Unexpected token at col 5, Row 12',
    'Domicile: UK, since 2010',
  ])('%s', (text) => {
    expect(fields(text)).toEqual([]);
  });

  it('needs a number and a comma, a postcode or East Asian address words', () => {
    expect(looksLikeAddress('Baker Street, London')).toBe(false);
    expect(looksLikeAddress('Room 12')).toBe(false);
    expect(looksLikeAddress('12 Baker Street, London')).toBe(true);
    expect(looksLikeAddress('Hauptstraße 5 10115 Berlin')).toBe(true);
  });
});

describe('addressDetector: grid streets and suburb lines', () => {
  it('reads numbered streets with no ordinal suffix (Canadian and US grids)', () => {
    expect(values('Ship to 10415 87 Ave NW, Edmonton, AB T6E 2P1 please')).toEqual(['10415 87 Ave NW, Edmonton, AB T6E 2P1']);
    expect(values('Deliver to:\n2210 17 St SW\nCalgary, AB T2T 4M9')).toEqual(['2210 17 St SW\nCalgary, AB T2T 4M9']);
  });

  it('does not read a number before a number as a grid street', () => {
    expect(values('We sold 1200 350 units last year')).toEqual([]);
  });

  it('takes a two-word suburb and the city with its four-digit code (AU, NZ)', () => {
    expect(values('Send it to 27 Karaka Road, Mount Eden, Auckland 1024 thanks')).toEqual(['27 Karaka Road, Mount Eden, Auckland 1024']);
    expect(values('Recipient:\n9 Tasman Street\nMount Cook, Wellington 6021')).toEqual(['9 Tasman Street\nMount Cook, Wellington 6021']);
  });

  it('does not take a year after the suburb line as a postcode', () => {
    expect(values('Met at 27 Karaka Road, Mount Eden, March 2024 was busy')).toEqual(['27 Karaka Road']);
  });
});

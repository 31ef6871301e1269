/**
 * @module privacy/pii/round26.test — the twenty-sixth round's rules: space-aligned tables and columns of
 * names, quoted signatures, snake_case labels, EDI telephone fields, tariff codes and waybills, Spanish
 * industrial estates, app builds before an operating system, birth dates typed after a name, chat
 * assistants and the places, vessels and firms that the learned scorer took for people.
 */
import { describe, expect, it } from 'vitest';
import { foundPii as found } from '../../../test/support/pii-found.js';
import { alignedTables } from './aligned-table.js';
import { shortWeekday } from './name-negatives.js';

describe('space-aligned tables', () => {
  const crew = [
    'NO FAMILY NAME        GIVEN NAMES      RANK   NAT  DATE OF BIRTH',
    '01 MEHTA             SNEHA            C/O    VNM  11 AUG 1974',
    '02 CASTRO            JOCELYN          AB     VNM  08.06.1996',
  ].join('\n');

  it('reads cells under the header word they start at, row numbers aside', () => {
    const [table] = alignedTables(crew);
    expect(table?.header).toEqual(['NO FAMILY NAME', 'GIVEN NAMES', 'RANK', 'NAT', 'DATE OF BIRTH']);
    expect(table?.rows[0]?.slice(0, 2).map((c) => [c.column, c.value])).toEqual([
      [0, 'MEHTA'],
      [1, 'SNEHA'],
    ]);
  });

  it('reads names under name columns, and nothing from a footer that is under no column', () => {
    expect(found(crew, 'PERSON')).toEqual(['MEHTA', 'SNEHA', 'CASTRO', 'JOCELYN']);
    const batch = 'NAME                      IBAN                                  AMOUNT\nRAYSSA ROCHA              BR299690463809032918563244009          4365.57\nTOTAL LINES 2   BATCH HCTAHUKM';
    expect(found(batch, 'PERSON')).toEqual(['RAYSSA ROCHA']);
  });

  it('adds the other cells of a headerless column of names, not a column of other words', () => {
    const rota = [
      'Mon-Fri 06:56-20:22  Reza  031-308 93 63  Loader',
      'Mon-Fri 17:28-18:29  Maja Lindqvist  +46 71 405 67 87  Checker',
      'Sun-Thu 17:46-13:06  ji-hoon jung  +82 2-2829-8146  Picker',
    ].join('\n');
    expect(found(rota, 'PERSON')).toEqual(expect.arrayContaining(['ji-hoon jung']));
    expect(found(rota, 'PERSON')).not.toContain('Picker');
  });
});

describe('names', () => {
  it('reads quoted signatures, snake_case labels, attention lines and individual parties', () => {
    expect(found('1ZYPM0149217245214 delivered, signed "ARSLAN"', 'PERSON')).toEqual(['ARSLAN']);
    expect(found('status: DELIVERED\nsigned_by: WÓJCIK\nsigned_at: 2023-09-18', 'PERSON')).toEqual(['WÓJCIK']);
    expect(found('Durban, 4110\nAttn: WILL LITTLE  Tel: +27 82 125 0093', 'PERSON')).toEqual(['WILL LITTLE']);
    expect(found('Know all men by these presents, that KEISHA LOVE, an individual, residing at', 'PERSON')).toEqual(['KEISHA LOVE']);
    expect(found('Leipzig  Left with neighbour at no. 81 (Fischer)', 'PERSON')).toEqual(['Fischer']);
    expect(found('再配達のご依頼は 03-3764-9858 まで。担当ドライバー: 加藤', 'PERSON')).toEqual(['加藤']);
  });

  it('reads no firm in capitals under a person label, and no Chinese field label as a name', () => {
    expect(found('Importer of record: NORDHAFEN SPEDITION GMBH  ID type: EIN', 'PERSON')).toEqual([]);
    expect(found('收件人电话: (03) 2870 1673', 'PERSON')).toEqual([]);
  });

  it('drops an assistant persona at all its turns', () => {
    const chat = 'Hugo (Northgate Family Practice assistant): Hi! I can help with refills.\nUser: Freja Bergström\nHugo: Thanks.';
    expect(found(chat, 'PERSON')).toEqual(['Freja Bergström']);
    expect(found("Hi, I'm Sage, a virtual assistant.\nUser: Ana Ruiz\nSage: Thanks Ana.", 'PERSON')).not.toContain('Sage');
    expect(found('Ana (dental assistant): Hi Tom!\nTom: hello', 'PERSON')).toContain('Ana');
  });

  it('reads ports, vessels, rota weekdays, saints and firms as no people', () => {
    expect(found('Port of Loading: Le Havre (FRLEH)   Port of Discharge: Apapa (NGAPP)', 'PERSON')).toEqual([]);
    expect(found('Vessel / Voyage: MSC Irina / 003P', 'PERSON')).toEqual([]);
    expect(found('RN D. Karagiannis — Sun — ext. 255', 'PERSON')).toEqual(['D. Karagiannis']);
    expect(found("That doesn't match. Please call St. Luke's Health to update your record.", 'PERSON')).toEqual([]);
    expect(found('Seller / Manufacturer: Okonkwo Brothers Import-Export', 'PERSON')).toEqual([]);
    expect(found('Arrival at JFK; Kuehne+Nagel handles the break-bulk.', 'PERSON')).toEqual([]);
    // A speaker named Thu is no rota weekday (the scorer decides whether to propose the name at all).
    const chat = 'Thu: Where are you exactly?\nCaller: on the N2\nThu: Thanks.';
    expect(shortWeekday(chat, { type: 'PERSON', start: 0, end: 3, value: 'Thu' })).toBe(false);
    expect(shortWeekday('RN D. Karagiannis — Sun — ext. 255', { type: 'PERSON', start: 20, end: 23, value: 'Sun' })).toBe(true);
  });
});

describe('structured values', () => {
  it('reads EDI telephone fields and eight-digit numbers of a phone column, not a waybill column', () => {
    expect(found('PER*IC*Jing Huang*TE*8014160061*EM*huang.jing@qq.com~', 'PHONE')).toEqual(['8014160061']);
    expect(found("CTA+IC+:PAWEL NOWAK'\nCOM+01575572634:TE'", 'PHONE')).toEqual(['01575572634']);
    expect(found('hawb,consignee,phone,email\n05724501364,"ADITYA GUPTA",97897543,a@b.com', 'PHONE')).toEqual(['97897543']);
    expect(found('Direct: 8285 6478', 'PHONE')).toEqual(['8285 6478']);
  });

  it('reads tariff codes and shipments as neither phones nor SSNs', () => {
    expect(found('Country of origin: CN  HTS 9790.03.6688', 'PHONE')).toEqual([]);
    expect(found('Tariff: 586.66.6524 — wooden toys', 'NATIONAL_ID')).toEqual([]);
    expect(found('Aviso de entrega fallida — envío 0495133830', 'PHONE')).toEqual([]);
    expect(found('Importer of record: IVY GOLD  ID type: SSN  ID: 718427166', 'NATIONAL_ID')).toEqual(['718427166']);
  });

  it('reads Spanish industrial estates and Mexican boulevards, not a CSV room cell over an id', () => {
    expect(found('en:\nPolígono Industrial El Goro, nave 27\n48166 Bilbao\nPuede recogerlo', 'ADDRESS')).toEqual(['Polígono Industrial El Goro, nave 27\n48166 Bilbao']);
    expect(found('delivered_to: Blvd. Miguel de la Madrid 607, Col. Cuauhtémoc, C.P. 28801 Manzanillo, Col.', 'ADDRESS')).toEqual([
      'Blvd. Miguel de la Madrid 607, Col. Cuauhtémoc, C.P. 28801 Manzanillo',
    ]);
    expect(found('id,provider,room\n899112,Novák,Exam 3\n665824,Silva,Tele', 'ADDRESS')).toEqual([]);
  });

  it('reads an app build before its system as no address, unless the connection came from it', () => {
    expect(found('Client 6.4.33.143 on iPadOS 17.4', 'IP')).toEqual([]);
    expect(found('login from 10.2.3.4 on Windows laptop', 'IP')).toEqual(['10.2.3.4']);
  });

  it('reads an old date typed after a full name as a birth date, not a recent one', () => {
    expect(found('is my refill ready? - Eilidh Campbell 24/01/1992', 'DOB')).toEqual(['24/01/1992']);
    expect(found("need to move my 3pm. it's Beatriz Silva, 25/06/1942", 'DOB')).toEqual(['25/06/1942']);
    expect(found('23 Goods received: Selin Demir, 12.08.24', 'DOB')).toEqual([]);
    expect(found('Thanks, Ana Ruiz 12/03/2024', 'DOB')).toEqual([]);
  });
});

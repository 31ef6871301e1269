/** @module privacy/pii/airline-names.test — SURNAME/GIVEN passenger names and the slash pairs that are not names. */
import { describe, expect, it } from 'vitest';
import { airlineNames } from './airline-names.js';
import type { PiiSpan } from './types.js';

const names = (text: string): string[] => {
  const out: PiiSpan[] = [];
  airlineNames(text, out);
  for (const s of out) expect(text.slice(s.start, s.end)).toBe(s.value);
  return out.map((s) => s.value);
};

describe('airlineNames', () => {
  it.each([
    // A title or passenger-type code after the name; the title stays out of the span.
    ['Pax 1: OKAFOR/CHIDI EMEKA MR  DOB 04MAR81  Seat 12A', 'OKAFOR/CHIDI EMEKA'],
    ['Traveller: NGUYEN/THI-HUONG MS', 'NGUYEN/THI-HUONG'],
    ['2  DEL CASTILLO/AINHOA INF', 'DEL CASTILLO/AINHOA'],
    ['SZABÓ/ZSÓFIA MRS', 'SZABÓ/ZSÓFIA'],
    ['ĐỖ/MINH MR', 'ĐỖ/MINH'],
    ["O'NEILL/CATHAL MSTR", "O'NEILL/CATHAL"],
    ['Boarding pass — MBEKI/THANDO (CHD) — gate 14', 'MBEKI/THANDO'],
    // Short names on both sides are names when a title follows.
    ['WU/YAN MRS', 'WU/YAN'],
    // A passenger or name label is evidence enough.
    ['Passenger name: HALVORSEN/SIGRID', 'HALVORSEN/SIGRID'],
    ['Name: GARCIA LOPEZ/MARIA', 'GARCIA LOPEZ/MARIA'],
    ['Passenger 2: DA SILVA PEREIRA/VINÍCIUS CHD  DOB 2016-02-01', 'DA SILVA PEREIRA/VINÍCIUS'],
    // A heading before the name on its line is not part of the family name.
    ['PNR XK9Q2L  BOOKING REF TANAKA/REN MR', 'TANAKA/REN'],
  ])('finds the name in %j', (text, expected) => {
    expect(names(text)).toEqual([expected]);
  });

  it('reads a GDS name list with element numbers', () => {
    expect(names(' 1.1VAN DER LINDE/ANNEKE MRS  2.1VAN DER LINDE/PIETER MR')).toEqual(['VAN DER LINDE/ANNEKE', 'VAN DER LINDE/PIETER']);
    expect(names('1.1KOWALSKA/EWA\n2.1KOWALSKI/JAN')).toEqual(['KOWALSKA/EWA', 'KOWALSKI/JAN']);
  });

  it('stops the given names before a field word', () => {
    expect(names('Passenger: HAMADA/KAITO DOB 1990-01-02')).toEqual(['HAMADA/KAITO']);
  });

  it.each([
    'The firewall blocks TCP/IP traffic AND/OR UDP.',
    'Name: N/A',
    'Name: TBA/TBC',
    'W/O MR signature',
    'I/O error on disk 2',
    'CAD/USD closed at 0.73',
    'Route SFO/LAX, then LAX/HNL',
    'Supports HTTP/2 and HTTP/3',
    'See /usr/LOCAL/BIN for the binaries',
    'Step 1. LHR/JFK is sold out',
    'Switch the CLIENT/SERVER mode off',
    'READ/WRITE access for MR. Jones',
    'SMITH/JOHN was mentioned in the log',
  ])('finds no name in %j', (text) => {
    expect(names(text)).toEqual([]);
  });
});

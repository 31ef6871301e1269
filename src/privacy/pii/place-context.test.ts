/** @module privacy/pii/place-context.test — places in place slots and street names are not people. */
import { describe, expect, it } from 'vitest';
import { isPlaceOrAddressSpan, isPossessiveBrand, nameLikePlaces } from './place-context.js';

/** The span of `part` inside `text`. */
const at = (text: string, part: string): [string, number, number] => {
  const i = text.indexOf(part);
  return [text, i, i + part.length];
};

describe('nameLikePlaces', () => {
  it('holds cities that are also given names, and not other cities', () => {
    expect(nameLikePlaces().has('Charlotte')).toBe(true);
    expect(nameLikePlaces().has('Florence')).toBe(true);
    expect(nameLikePlaces().has('Helsinki')).toBe(false);
  });
});

describe('isPlaceOrAddressSpan', () => {
  it.each([
    at('My bag is still in Charlotte.', 'Charlotte'),
    at('The Adelaide office is shut.', 'Adelaide'),
    at('Flights from Victoria to Lima were cancelled.', 'Victoria'),
    at('Call at 9:00 Austin time.', 'Austin'),
    at('Deliver to 3 rue Émile Zola, 69002 Lyon.', 'Émile Zola'),
    at('Ship it to Kastanienweg 12, 04109 Leipzig.', 'Kastanienweg'),
    at('Flat 4, Shanti Krupa Apartments, Pune', 'Shanti Krupa'),
    at('Near Gandhi Nagar, Chennai 600040', 'Chennai'),
    at('Rua Oscar Freire, 900, apto 12', 'Rua Oscar Freire'),
    at('Use 12 Elm Ct Springfield, IL 62704 for returns.', 'Springfield'),
    at('Ship to 40 5th St Marion IL 62959.', 'St Marion'),
  ])('reads %j as a place or a street', (text, start, end) => {
    expect(isPlaceOrAddressSpan(text, start, end)).toBe(true);
  });

  it.each([
    at('Charlotte said she would call.', 'Charlotte'),
    at('I sent it to Victoria yesterday.', 'Victoria'),
    at('Marta Lindqvist placed the order.', 'Marta Lindqvist'),
    at('2616 High Ave. Lerato emailed me.', 'Lerato'),
  ])('leaves %j to the person rules', (text, start, end) => {
    expect(isPlaceOrAddressSpan(text, start, end)).toBe(false);
  });
});

describe('isPossessiveBrand', () => {
  const common = (w: string): boolean => ['secret', 'kitchen'].includes(w);
  it('takes a possessive before a capitalised everyday word as a brand, not before a name', () => {
    const t = "Grace's Kitchen delivered. Grace's Tomasz called.";
    expect(isPossessiveBrand(t, 'Grace'.length, common)).toBe(true);
    expect(isPossessiveBrand(t, t.lastIndexOf('Grace') + 5, common)).toBe(false);
  });
});

/**
 * @module privacy/pii-corpus-independent — the `independent` evaluation split: its own name pool,
 * person/self/negative sentence templates.
 *
 * Written on 2026-11-25 BEFORE the name-detector changes of that day and never used for tuning. Its
 * names come from communities the other pools barely cover (Samoan, Basque, Georgian, Amharic, Tamil,
 * Vietnamese, Mongolian, Quechua, Hausa, Yoruba, Filipino, Hungarian, Lithuanian, Turkish, Persian,
 * Thai, Balinese, Armenian, Welsh, Icelandic, Hawaiian), its sentence frames differ from every other
 * split, and its negatives are places and brands absent from the detector's lists. Structured types
 * reuse the `holdout` templates. See docs/privacy.md (*Evaluation*) for the figures.
 */

const list = (s: string): readonly string[] => s.trim().split(/\s+/);

/** Name pool of the independent split. */
export const INDEPENDENT_NAMES = {
  given: list(`Tavita Aitor Nino Tsehay Kavitha Linh Batbayar Yupanqui Aminu Folake Maricel Zsófia Rūta
    Elif Dariush Kanya Wayan Anahit Gethin Sólveig Maile Iñaki Ketevan Abebe Meenakshi Huong Oyuun Inti
    Hadiza Bolanle Jomar Ferenc Vytautas Cansu Shirin Somchai Putu Armen Rhiannon Hekla Margaret Gareth`),
  family: list(`Faleolo Etxeberria Beridze Tesfaye Subramanian Phan Ganbaatar Mamani Bello Adebayo Dizon
    Szűcs Kazlauskas Aydın Rostami Wongsakul Suryadi Hovhannisyan Pritchard Gunnarsdóttir Kahananui
    Goikoetxea Lomidze Girma Ramasamy Huynh Tsogt Condori Garba Ogunleye Bautista Farkas`),
} as const;

/** Person sentences: frames not used by any other split. */
export const INDEPENDENT_PERSON_TEMPLATES: readonly string[] = [
  'According to {X}, the warranty covers water damage.',
  '{X} and I both use this account.',
  'The replacement was approved by {X} on the phone.',
  'I forwarded the email to {X} in our legal team.',
  'Can you confirm whether {X} changed the password?',
  '{X} has been trying to log in since Monday.',
  'My landlord, {X}, needs a copy of the invoice.',
  'Speak soon,\n{X}',
  'Last week {X} called about the same issue.',
  'The order was placed under the name {X}.',
  'Our accountant {X} handles all payments.',
  'Please do not share my details with {X}.',
  '{X} wants to know when the technician arrives.',
  'I think {X} cancelled it by mistake.',
];

/** Self-name sentences (the name is also passed as `knownNames`). */
export const INDEPENDENT_SELF_TEMPLATES: readonly string[] = [
  '{X} again, the app still crashes',
  'from {X}: any news?',
  'hello, {X} speaking',
];

/** Negatives: capitalised places, brands and products the detector's lists do not contain. */
export const INDEPENDENT_NEGATIVE_TEMPLATES: readonly string[] = [
  'Nairobi and Kampala customers cannot check out.',
  'Marrakech was our last stop before the card got blocked.',
  'The Heathrow lounge wifi blocks your app.',
  'Zalando refunded me within a week, unlike you.',
  'Ikea delivered the wardrobe to the wrong floor.',
  'Do Toyota Corolla owners get the discount?',
  'Vodafone says the SIM is active.',
  'Tuesday evening is best for a call.',
  'Kilimanjaro Coffee beans were stale.',
  'Helsinki airport has no pickup point.',
  'Canon printers are not listed as supported.',
  'Bluetooth pairing fails after the update.',
  'Whatsapp notifications stopped at {TIME}.',
  'Santorini trip refund is still pending, order {ORDER}.',
  'The Melbourne warehouse shipped {QTY} boxes.',
  'Revolut and Monzo both show the charge.',
  'My Peloton subscription renewed on {DATE}.',
  'Order {ORDER} was sent to Valparaíso by mistake.',
];

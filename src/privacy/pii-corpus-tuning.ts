/**
 * @module privacy/pii-corpus-tuning — the `tuning` split: a name pool and person/self/negative
 * templates written on 2026-11-25 to choose the name detector's rules and thresholds on, so that the
 * `independent` split (pii-corpus-independent.ts) can stay untouched. Its names, frames, places and
 * brands overlap neither the `independent` split nor the detector's lists on purpose. Structured types
 * reuse the `holdout` templates.
 */

const list = (s: string): readonly string[] => s.trim().split(/\s+/);

/** Name pool of the tuning split (Māori, Zulu, Czech, Greek, Korean, Malay, Somali, Romanian, …). */
export const TUNING_NAMES = {
  given: list(`Aroha Sipho Vojtěch Eleni Jiwoo Siti Bilal Hodan Ioana Jordi Aino Kertu Tanvir Sabina Nuwan
    Aigerim Dilnoza Thiha Mihail Rangi Lerato Kateřina Spyros Minseo Nurul Faisal Ayaan Sorin Eero Paul`),
  family: list(`Ngata Khumalo Dvořák Papadopoulos Seo Abdullah Qureshi Warsame Popescu Puig Korhonen Tamm
    Chowdhury Shrestha Perera Karimova Aung Moldovan Tapsell Mokoena Horák Georgiou Baek Ismail Siddiqui`),
} as const;

/** Person sentences of the tuning split. */
export const TUNING_PERSON_TEMPLATES: readonly string[] = [
  '{X} replied to my complaint within an hour.',
  'We were told by {X} that the fee would be waived.',
  'Tomorrow {X} will bring the documents.',
  'Does {X} still have access to my files?',
  'I asked {X} to send me the receipt.',
  'Please update the account name to {X}.',
  'Warm wishes,\n{X}',
  'Honestly {X} was the only helpful person.',
  'The courier gave the box to {X}, my neighbour.',
  'Without {X} I would have cancelled.',
  '{X} just emailed me the new password.',
  'Apparently {X} already paid the deposit.',
];

/** Self-name sentences of the tuning split. */
export const TUNING_SELF_TEMPLATES: readonly string[] = ['{X} once more', 'note from {X}', 'bye, {X}'];

/** Negatives of the tuning split: places and brands in name-like positions. */
export const TUNING_NEGATIVE_TEMPLATES: readonly string[] = [
  'Lufthansa cancelled my flight so I missed the delivery.',
  'Heineken sponsored the event where I bought it.',
  'Osaka and Kyoto stores do not accept the coupon.',
  'The Frankfurt depot says it left on {DATE}.',
  'Nokia phones show the same error.',
  'Spotify Premium renewed twice.',
  'Maybe Siemens makes a compatible part?',
  'Sunday delivery is not available in Cairo.',
  'The Adidas outlet sent the wrong size.',
  'Hyundai Tucson owners reported it too.',
  'Tinder charged me after I deleted the account.',
  'Then Nike emailed a voucher for ${PRICE}.',
  'The Toronto office closes at {TIME}.',
  'Zoom calls drop every {QTY} minutes.',
  'Lisbon Airport Wi-Fi blocks the login page.',
  'Telegram says my number is banned.',
];

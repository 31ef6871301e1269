/**
 * @module privacy/pii-corpus-independent-2 — the `independent2` split: a name pool and person/self/
 * negative templates written on 2026-11-25 BEFORE the second round of name-detector changes that day,
 * by an engineer who had not seen the `independent` split's templates or name pool. Frozen: do not
 * edit it to match the detector (add a new split instead). Its errors were used for diagnosis, so it
 * is a development check, not a blind one; the `independent` split stays the blind estimate.
 *
 * Compared with earlier splits it adds health and finance chat, names typed in lower case (`{x}`),
 * several names in one sentence (lists), names next to capitalised product words, possessives,
 * signatures without a comma, surnames with a particle ("de Vries") or that are English words
 * ("Young"), and many hard negatives: brands as subjects, drugs, UI labels, weekdays, months, places,
 * greetings addressed to a team.
 *
 * Placeholders in person templates: `{X}` a name in a random written form (full, given, title +
 * family, with particle), `{G}` a given name, `{F}` a family name, `{x}` a given name in lower case.
 */

const list = (s: string): readonly string[] => s.trim().split(/\s+/);

/** Name pool of the independent2 split (Ghanaian, Nigerian, Zimbabwean, Polish, Russian, Persian, Finnish, Dutch, Irish, Mexican, Andean, Japanese, Chinese, Vietnamese, Indian, English…). */
export const INDEPENDENT2_NAMES = {
  given: list(`Kwabena Oluwaseun Thandiwe Nkechi Dariusz Ksenia Bogdan Nadezhda Rustam Zarina Parisa
    Dariush Anahita Ilkka Päivi Ragnhild Fenna Wouter Maartje Siobhan Niamh Declan Aoife Ximena Itzel
    Guadalupe Haruto Yuna Xiaoling Zhiwei Huong Thanh Arnav Kavya Lakshmi Brendan Grace Derek Marguerite
    Tomasz`),
  family: [
    ...list(`Asante Adeyemi Nwosu Ndlovu Kowalczyk Wiśniewska Volkov Sokolova Rahimi Tehrani Virtanen
      Lehtonen Haugland O'Sullivan MacLeod Quispe Mamani Hernández Nakamura Matsumoto Zhang Huang Nguyen
      Pham Iyer Krishnan Banerjee Young Green Ferreira`),
    'de Vries',
    'van Dijk',
  ],
} as const;

/** Person sentences of the independent2 split (support, health and finance chat). */
export const INDEPENDENT2_PERSON_TEMPLATES: readonly string[] = [
  '{X} from the pharmacy left a voicemail about my prescription.',
  'My physio {G} recommended the knee brace, is it covered?',
  'The cheque was made payable to {X} instead of me.',
  'I have added {X} as a second signatory.',
  'Please cc {G} and {G} on the claim.',
  'Attendees: {X}, {X} and {X}.',
  '{X} will be my emergency contact while I am abroad.',
  'Can you check if {G} already signed the mortgage form?',
  'Dear {X},\nthank you for sorting out the refund.',
  'Kind regards\n{X}',
  '{X} | Finance Manager | Northwind Traders',
  'pretty sure {x} at the front desk lost my paperwork',
  'my son {x} needs his own login for the kids plan',
  'Ok so {G} cancelled my appointment without telling me.',
  "{G}'s Netflix profile keeps getting signed out.",
  'Could {G} reset my Premium Plus subscription?',
  'Is it normal that {X} asked for my PIN over the phone?',
  'Nurse {G} took my bloods on Tuesday.',
  'Appointment with Dr. {F} moved to Friday.',
  '{X} and I share the Family Plan.',
  'The letter was signed by {X}, Head of Claims.',
  'Last week {X} approved the overdraft extension.',
  'The parcel is for {X}, not for me.',
  'Ms {F} at the branch said it would take 5 days.',
];

/** Self-name sentences of the independent2 split (the user's own name, often lower case). */
export const INDEPENDENT2_SELF_TEMPLATES: readonly string[] = [
  '{X} again, the app crashed',
  'kind regards {X}',
  'pls reply to {X} asap',
];

/** Negatives of the independent2 split: capitalised non-names in name-like positions. */
export const INDEPENDENT2_NEGATIVE_TEMPLATES: readonly string[] = [
  'Thanks, Support Team!',
  'Good morning, Accounts!',
  'Open Settings, then tap Privacy and Security.',
  'Check the Downloads folder on your Mac.',
  'Wednesday is fine, after {TIME}.',
  'In March the premium went up to ${PRICE}.',
  'Ozempic is out of stock at Boots.',
  'Humira copay jumped to ${PRICE}.',
  'Barclaycard and Amex both declined it.',
  'We flew from Marrakesh to Reykjavik on {DATE}.',
  'Coinbase emailed me a security alert.',
  'Galaxy Buds keep disconnecting from Teams.',
  'Xero and Quickbooks do not sync.',
  'Please escalate to Tier 2.',
  'Walgreens told me to ask my insurer.',
  'Klarna says I still owe ${PRICE}.',
  'Shopify Payments held my payout.',
  'Medicare Part B covers it, right?',
  'Canberra and Wellington branches are shut on {DATE}.',
  'Sorry, Grammarly keeps autocorrecting everything.',
  'Hinge and Bumble charged me the same day.',
  'Kaiser Permanente denied the claim.',
  'Duolingo streak reset after the update.',
  'Could Etsy refund the shipping?',
  'Ask Alexa to reorder it.',
  'Whole Foods delivery arrived late.',
  'Merry Christmas from all of us!',
  'Venmo asked for my ID again.',
];

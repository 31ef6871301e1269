/**
 * @module privacy/pii-corpus-templates — support-chat sentence templates for the labelled PII corpus.
 * `{X}` is the PII value; `{ORDER}`, `{PRICE}`… are filled with non-PII look-alikes. The `holdout`
 * templates were written alongside `dev` but are only used by the evaluation test, never for tuning.
 */
import {
  INDEPENDENT2_NEGATIVE_TEMPLATES,
  INDEPENDENT2_PERSON_TEMPLATES,
  INDEPENDENT2_SELF_TEMPLATES,
} from './pii-corpus-independent-2.js';
import {
  INDEPENDENT_NEGATIVE_TEMPLATES,
  INDEPENDENT_PERSON_TEMPLATES,
  INDEPENDENT_SELF_TEMPLATES,
} from './pii-corpus-independent.js';
import {
  TUNING_NEGATIVE_TEMPLATES,
  TUNING_PERSON_TEMPLATES,
  TUNING_SELF_TEMPLATES,
} from './pii-corpus-tuning.js';
import type { PiiType } from './pii/types.js';

/** Templates for one type, per split (`fresh`/`unseen` were added later; see pii-corpus-values.ts). */
export interface TemplateSet {
  readonly dev: readonly string[];
  readonly holdout: readonly string[];
  /** Later evaluation splits; types without their own fall back to `holdout`. */
  readonly fresh?: readonly string[];
  readonly unseen?: readonly string[];
  readonly independent?: readonly string[];
  readonly tuning?: readonly string[];
  readonly independent2?: readonly string[];
}

/** The templates of `set` for `split` (`fresh` falls back to `holdout`). */
export function templatesFor(
  set: TemplateSet,
  split: 'dev' | 'holdout' | 'fresh' | 'unseen' | 'independent' | 'tuning' | 'independent2',
): readonly string[] {
  if (split !== 'dev' && split !== 'holdout') return set[split] ?? set.holdout;
  return set[split];
}

/** Sentences carrying exactly one PII value of the keyed type. */
export const PII_TEMPLATES: Readonly<Record<PiiType, TemplateSet>> = {
  EMAIL: {
    dev: [
      'You can reach me at {X} any time.',
      'My email is {X}, please send the invoice there.',
      'I changed my login to {X} last week but the receipt went elsewhere.',
      'Please cc {X} on the reply.',
      'email: {X}',
      'The account is registered under {X}.',
    ],
    holdout: [
      'Send the confirmation to {X} instead of my old address.',
      'Is {X} the address you have on file?',
      'I never got the reset link at {X}.',
      'Contact ({X}) for billing questions.',
      'Can you update it to {X}? Thanks',
    ],
  },
  PHONE: {
    dev: [
      'Call me on {X} after 5pm.',
      'My phone number is {X}.',
      'You can text {X} if that is easier.',
      'The courier tried to ring {X} but nobody answered.',
      'mobile: {X}',
      'Best number to reach me is {X}, thanks.',
    ],
    holdout: [
      'Please ring me back at {X} tomorrow morning.',
      'My new cell is {X} so please update the account.',
      'Tel. {X}',
      'I tried calling {X} three times.',
      'Could someone phone me on {X}?',
    ],
  },
  CARD: {
    dev: [
      'I paid with card {X} and was charged twice.',
      'The card ending up declined was {X}.',
      'card number: {X}',
      'Please refund it to {X}.',
      'My visa {X} expired, can I update it?',
    ],
    holdout: [
      'Charge {X} for the upgrade please.',
      'I see two payments from {X} on my statement.',
      'Use {X} for the renewal, exp 09/27.',
      'Is {X} still on file?',
    ],
  },
  IBAN: {
    dev: [
      'Please transfer the refund to IBAN {X}.',
      'My bank account is {X}.',
      'IBAN: {X}',
      'The direct debit should come from {X} from now on.',
    ],
    holdout: [
      'Refund to {X} please, it is my new account.',
      'Could you confirm the payout goes to {X}?',
      'Account {X} was debited twice this month.',
    ],
  },
  NATIONAL_ID: {
    dev: [
      'My SSN is {X} if you need it for verification.',
      'social security number {X}',
      'For the tax form: SSN {X}.',
      'The NI number on the form should be {X}.',
      'Use {X} for the background check.',
    ],
    holdout: [
      'They asked for my social security number, it is {X}.',
      'SSN: {X}',
      'My national insurance number is {X}.',
      'I typed {X} into the identity field but it was rejected.',
    ],
  },
  IP: {
    dev: [
      'The login came from {X}, which is not me.',
      'Our server at {X} keeps timing out.',
      'Whitelist {X} please.',
      'ip: {X}',
    ],
    holdout: [
      'I see requests from {X} in the access log.',
      'Can you unblock {X}? It is our office gateway.',
      'The webhook target {X} returns 502.',
    ],
  },
  ADDRESS: {
    dev: [
      'Please ship it to {X}.',
      'My address is {X}.',
      'The parcel was left at {X} instead of my house.',
      'Billing address: {X}',
      'We moved to {X} last month.',
    ],
    holdout: [
      'Can you change the delivery address to {X}?',
      'I live at {X} and nobody came.',
      'Return label should use {X}.',
      'Deliver to {X} after 6pm please.',
    ],
  },
  DOB: {
    dev: [
      'I was born on {X}.',
      'DOB: {X}',
      'My date of birth is {X}.',
      'Birthday is {X} if you need it.',
      'For verification, D.O.B. {X}.',
      '{X} is my date of birth.',
    ],
    holdout: [
      'Date of birth: {X}',
      'born {X}, if that helps verify me',
      'The account holder was born {X}.',
      'My birth date is listed as {X} but that is wrong.',
      '{X} is my birthday, please correct it.',
    ],
  },
  PERSON: {
    dev: [
      'Hi, my name is {X} and I need help with my order.',
      'I spoke with {X} yesterday and she said it was fixed.',
      'Please ask for {X} when you call back.',
      'Thanks, {X}',
      'Hi {X}, thanks for getting back to me.',
      "I'm {X}, the account owner.",
      'My husband {X} placed the order.',
      'The technician {X} never showed up.',
      'Regards,\n{X}',
      '{X} placed the order for me.',
    ],
    holdout: [
      'This is {X} from the finance team.',
      'Can you transfer me to {X}?',
      'Cheers,\n{X}',
      'Hello {X}, is the refund done?',
      'Account holder: {X}',
      'My colleague {X} will pick it up.',
      'I was helped by {X} last time and it was great.',
      'Please put {X} as the recipient.',
      'Dear {X}, I am still waiting for an answer.',
      '{X} said the parcel would arrive today.',
    ],
    fresh: [
      'My daughter {X} uses this account too.',
      'Who is {X}? I never authorised that person.',
      'Please address the letter to {X}.',
      '{X} from your team promised a callback.',
      'I already explained this to {X} on the phone.',
      'Your agent {X} was very helpful.',
      'Hi there, {X} here.',
      'Kind regards,\n{X}',
      'The package was signed for by {X}, who I do not know.',
      'Can {X} collect it on my behalf?',
      'Ask {X} in accounts, she knows the details.',
      "I'm writing on behalf of {X}.",
    ],
    unseen: [
      'The invoice is made out to {X}, but that is my old name.',
      'I share this login with {X}, can we split the seats?',
      'Yesterday {X} told me the refund was approved.',
      'Please let {X} know the router arrived.',
      '{X} is the only authorised user on the account.',
      'Our office manager {X} needs admin rights.',
      'Sent from my phone, {X}',
      'Best,\n{X}',
      'The delivery driver handed it to {X} next door.',
      'Is {X} still working on my case?',
      'I am {X} and I have been a customer for years.',
      'Could {X} call me back today?',
    ],
    independent: INDEPENDENT_PERSON_TEMPLATES,
    tuning: TUNING_PERSON_TEMPLATES,
    independent2: INDEPENDENT2_PERSON_TEMPLATES,
  },
};

/** Sentences mentioning the user by their own name (given as `knownNames` metadata), often lower-case. */
export const SELF_TEMPLATES: TemplateSet = {
  dev: ['hey its {X} again, still no refund', 'ok {X} here, tried that already', 'thanks from {X}'],
  holdout: ['{X} again. any update?', 'this is {X}, order still missing', 'sorry, {X} here, one more thing'],
  fresh: ['signed, {X}', 'yes this is {X}', 'can you call {X} back pls'],
  unseen: ['{X} here again', 'its me {X}', 'regards {X}'],
  independent: INDEPENDENT_SELF_TEMPLATES,
  tuning: TUNING_SELF_TEMPLATES,
  independent2: INDEPENDENT2_SELF_TEMPLATES,
};

/** Sentences with no PII but with look-alikes: ids, prices, versions, times, non-birth dates, places. */
export const NEGATIVE_TEMPLATES: TemplateSet = {
  dev: [
    'Order #{ORDER} was shipped on {DATE}.',
    'The total was ${PRICE} including tax.',
    "I'm on version {VERSION} of the app.",
    'It happened at {TIMESTAMP} UTC.',
    'I bought {QTY} items in {YEAR}.',
    'Product code {SKU} is out of stock.',
    'Monday works for me.',
    'Thanks for the quick reply.',
    'Unfortunately the parcel never arrived.',
    'We visited {PLACE} last summer and the store was closed.',
    'Please refund order {ORDER} to my original payment method.',
    'Invoice {YEAR}-{SHORT} is overdue by {QTY} days.',
    'I need {QTY} units by {DATE}.',
    'Premium Plan costs €{PRICE} per month.',
    'Case {ORDER} was escalated on {DATE}.',
    'Error code 0x{HEX} appeared during checkout.',
    'Great, that worked!',
    'The app crashes when I open Settings.',
    'Will you ship to {PLACE} before {DATE}?',
    'May I ask why order {ORDER} was cancelled?',
    'This is ridiculous, I have waited {QTY} days.',
    "I'm Canadian so the customs form is different.",
    'Hi Support, the checkout page is broken.',
    'Thanks Team!',
    'Customer Service never replied.',
    'I tried Chrome and Firefox, same error.',
    'The Samsung Galaxy S23 arrived with a cracked screen.',
    'Our office in New York and the team in {PLACE} both see it.',
    'Please ask for a refund of ${PRICE}.',
    'I spoke with Billing twice already.',
    'I talked to FedEx and they blamed you.',
    'Can you ship {QTY} boxes to Berlin by Friday?',
    'Dear Sir or Madam, my parcel is late.',
    'Jordan and Georgia are not in the shipping list.',
    'Visa and Mastercard both declined.',
    'Grand Central Station was the pickup point.',
    'Version {VERSION} shipped on {DATE}.',
    'My birthday present arrived broken on {DATE}.',
    'Order {ORDER} weighs 2.5 kg and costs ${PRICE}.',
    'The call lasted {QTY} minutes at {TIME}.',
    'I was charged ${PRICE} on {DATE} and again on {DATE}.',
  ],
  holdout: [
    'My subscription renews on {DATE}.',
    'Tracking number {ORDER}{SHORT} shows no movement since {DATE}.',
    'Firmware {VERSION} broke the sync.',
    'The meeting is at {TIME} on {DATE}.',
    'Refund of £{PRICE} is still pending.',
    'Ticket {ORDER} has been open for {QTY} days.',
    'Apple Pay and Google Pay both failed.',
    'Yesterday the warehouse in {PLACE} said it was lost.',
    'Reference {YEAR}-{SHORT}-{SHORT} was closed by mistake.',
    'Room {SHORT} on floor {QTY}.',
    'I ordered the Model {SKU} on {DATE}, not the older one.',
    'Happy birthday to the team, {QTY} years in business!',
    'Sadly nobody answered.',
    'Build {VERSION} from {DATE} fixed it.',
    'Will the Pro model ship to {PLACE}?',
    'Hi Team, any news on ticket {ORDER}?',
    'I contacted DHL about it on {DATE}.',
    'Mark it as urgent please.',
    'Grace period ends on {DATE}.',
    'The Berlin warehouse closes at {TIME}.',
    'I am British and live abroad.',
    'Chrome Version {VERSION} still shows the bug.',
    'My birthday gift card from {YEAR} still has ${PRICE} on it.',
    'Your app on iPhone {QTY} keeps freezing.',
    'I paid {PRICE} EUR on {DATE}.',
    'Our IT team in Sydney escalated it.',
  ],
  fresh: [
    'Tesco and Lidl both sell it cheaper.',
    'Royal Mail said it was delivered on {DATE}.',
    'Is the Ultra Plan available in {PLACE}?',
    'Windows Update broke the driver.',
    'Thank you so much!',
    'North Face jacket size L was out of stock.',
    'Order {ORDER} costs ${PRICE} and ships in {QTY} days.',
    'Download speed dropped to {QTY} Mbps at {TIME}.',
    'San Francisco office is closed on {DATE}.',
    'The Pixel {QTY} restarts every hour.',
    'Happy New Year, the store reopens on {DATE}.',
    'Last login {TIMESTAMP} from the mobile app.',
    'Burger King charged me twice.',
    'Did Marketing approve the discount?',
    'My birthday sale voucher expired on {DATE}.',
    'Item {SKU} was {QTY} percent off.',
  ],
  unseen: [
    'Golden Retriever toys are out of stock again.',
    'Silver Membership renews on {DATE}.',
    'Both Safari and Edge show a blank page.',
    'Nothing happened after I pressed Confirm.',
    'Where is my order {ORDER}?',
    'The Lisbon and Porto stores have it.',
    'Stripe declined the payment of ${PRICE}.',
    'I read the FAQ and the Terms of Service.',
    'Morning Star cereal arrived crushed.',
    'Somebody in Dublin used my voucher on {DATE}.',
    'Black Forest cake was {QTY} dollars.',
    'Can Dropbox sync be turned off?',
    'Honestly the new Dashboard is confusing.',
    'Outlook keeps asking for my password since {DATE}.',
  ],
  independent: INDEPENDENT_NEGATIVE_TEMPLATES,
  tuning: TUNING_NEGATIVE_TEMPLATES,
  independent2: INDEPENDENT2_NEGATIVE_TEMPLATES,
};

/** @module dreaming/generate/scenarios/finance — a retail bank's customer assistant. */
import type { ScenarioSpec } from '../types.js';

/** The finance scenario: cards, transfers, disputes, loans, fees. */
export const finance: ScenarioSpec = {
  name: 'finance',
  agent: 'agent_bank_assistant',
  slots: {
    account: ['checking account', 'savings account', 'credit card', 'joint account', 'business account'],
    merchant: ['an online store', 'a gas station', 'a streaming service', 'a hotel', 'a restaurant', 'an airline', 'a grocery store'],
    currency: ['euros', 'pounds', 'yen', 'Canadian dollars', 'pesos', 'rupees'],
    loan: ['mortgage', 'car loan', 'personal loan', 'student loan', 'home equity loan'],
    fund: ['index fund', 'bond fund', 'retirement account', 'brokerage account'],
  },
  tools: [
    { name: 'freeze_card', ok: ['Card ending {count}{count}{count}{count} frozen; replacement ships in {days} days.'], error: ['ERROR: card processor timeout', 'ERROR: card management 503'] },
    { name: 'lookup_transactions', ok: ['{count} transactions found; {amount} at {merchant} on {date}.'], error: ['ERROR: core banking timeout', 'ERROR: ledger service 500'] },
    { name: 'open_dispute', ok: ['Dispute {ref} opened for {amount}; provisional credit in 2 days.'], error: ['ERROR: disputes service unavailable'] },
    { name: 'lookup_transfer', ok: ['Transfer {ref}: {amount}, status=pending compliance review.', 'Transfer {ref}: completed {date}.'], error: ['ERROR: payments hub timeout', 'ERROR: SWIFT gateway 502'] },
    { name: 'loan_status', ok: ['Application {ref}: underwriting, documents complete.', 'Application {ref}: approved, awaiting signature.'], error: ['ERROR: loan origination system 500'] },
    { name: 'credit_check', ok: ['Eligible for limit increase to {amount}.', 'Not eligible for an increase until {date}.'], error: ['ERROR: credit bureau timeout'] },
    { name: 'reset_password', ok: ['Online banking reset link sent.'], error: ['ERROR: identity provider 503'] },
    { name: 'fx_quote', ok: ['FX quote: {amount} -> {currency}, fee {amount}.'], error: ['ERROR: FX rates feed stale'] },
    { name: 'get_rates', ok: ['Savings APY 3.9%, 12-month CD 4.3%.'], error: ['ERROR: rates service unavailable'] },
    { name: 'update_profile', ok: ['Profile updated; confirmation sent.'], error: ['ERROR: KYC service rejected update'] },
    { name: 'lookup_deposit', ok: ['Deposit {ref}: {amount}, status=on hold until {weekday}.'], error: ['ERROR: image deposit service 500'] },
  ],
  topics: [
    {
      label: 'lost or stolen card', weight: 10, tools: ['freeze_card'],
      openings: [
        'I lost my debit card.', 'My credit card was stolen, please block it.', 'I cannot find my card anywhere, can you freeze it?',
        'Someone took my wallet with my bank card in it.', 'How do I order a replacement card?', 'I left my card at a restaurant {date}.',
        'Please cancel my card right now, it is gone.',
      ],
      followUps: ['I last used it {date}.', 'I need the new one before I travel.', 'Can you send it express?'],
      replies: ['I can freeze the card immediately.', 'For your security I will block the card and order a new one.'],
      resolutions: ['Your card is frozen and a replacement will arrive in {days} days.', 'The card is blocked; a new one ships by express.'],
    },
    {
      label: 'unrecognized transaction', weight: 12, tools: ['lookup_transactions', 'open_dispute'],
      openings: [
        'There is a charge of {amount} I do not recognize.', 'I see a payment to {merchant} that I never made.',
        'Someone used my {account} for {amount} {date}.', 'I want to dispute a transaction.',
        'What is this {amount} charge from {merchant}?', 'I think my card was used fraudulently.',
        'There are {count} small charges on my statement I did not make.',
      ],
      followUps: ['The amount is {amount}.', 'It posted {date}.', 'I still have my card with me.'],
      replies: ['Let me look at the recent transactions on your {account}.', 'I can open a dispute for that charge.'],
      resolutions: ['I opened dispute {ref} and you will get a provisional credit of {amount}.', 'That charge is a pre-authorization from {merchant} and will drop off.'],
    },
    {
      label: 'transfer delayed', weight: 10, tools: ['lookup_transfer'],
      openings: [
        'My transfer of {amount} has not arrived.', 'I sent money {date} and it is still pending.',
        'Why is my wire transfer taking so long?', 'The recipient has not received my payment.',
        'My transfer to {city} was rejected.', 'How long does a transfer between my accounts take?',
      ],
      followUps: ['The reference is {ref}.', 'It was {amount}.', 'It is urgent, it is for rent.'],
      replies: ['Let me check the status of that transfer.', 'Transfers above a threshold can be held for review.'],
      resolutions: ['The transfer cleared review and will arrive today.', 'The transfer completed; the recipient bank should post it by {weekday}.'],
    },
    {
      label: 'loan application', weight: 8, tools: ['loan_status'],
      openings: [
        'What is the status of my {loan} application?', 'I applied for a {loan} {date}, any update?',
        'Which documents do I need for a {loan}?', 'Can I get pre-approved for a {loan}?',
        'How long does {loan} approval take?', 'My {loan} application says pending for weeks.',
      ],
      followUps: ['I uploaded my pay stubs.', 'The application number is {ref}.', 'I need it by {date}.'],
      replies: ['Let me check your application status.', 'Underwriting usually takes a few business days.'],
      resolutions: ['Your {loan} is approved; the documents to sign are in your inbox.', 'Your application is complete and in final review.'],
    },
    {
      label: 'account fees', weight: 9, tools: ['lookup_transactions'],
      openings: [
        'Why was I charged a {amount} fee?', 'I got a monthly maintenance fee on my {account}.',
        'Can you waive the overdraft fee?', 'What are the fees for my {account}?',
        'I was charged a foreign transaction fee in {city}.', 'There is an ATM fee I did not expect.',
      ],
      followUps: ['It happened {date}.', 'I have been a customer for years.', 'My balance was above the minimum.'],
      replies: ['Let me look at that fee.', 'Maintenance fees are waived above a minimum balance.'],
      resolutions: ['I refunded the {amount} fee as a one-time courtesy.', 'I switched your account to a no-fee plan.'],
    },
    {
      label: 'credit limit increase', weight: 6, tools: ['credit_check'],
      openings: [
        'Can I increase my credit limit?', 'I would like a higher limit on my credit card.',
        'My limit is too low for an upcoming trip.', 'How do I request a credit line increase to {amount}?',
        'Will a limit increase affect my credit score?',
      ],
      followUps: ['My income went up.', 'I pay in full every month.', 'I need it before {date}.'],
      replies: ['Let me check your eligibility.', 'A soft check does not affect your score.'],
      resolutions: ['Your credit limit is increased to {amount}.', 'You will be eligible for an increase after {date}.'],
    },
    {
      label: 'online banking access', weight: 8, tools: ['reset_password'],
      openings: [
        'I am locked out of online banking.', 'The banking app will not accept my password.',
        'I did not receive the verification code.', 'How do I reset my online banking password?',
        'The app crashes when I log in.', 'My online access was blocked after a failed login.',
      ],
      followUps: ['I tried {count} times.', 'I have a new phone.', 'It started {date}.'],
      replies: ['I can help you regain access after verification.', 'Let me send a reset link.'],
      resolutions: ['Your online banking access is restored.', 'A reset link was sent; set a new password within 30 minutes.'],
    },
    {
      label: 'international transfer', weight: 6, tools: ['fx_quote', 'lookup_transfer'],
      openings: [
        'How do I send money abroad in {currency}?', 'What is the exchange rate for {currency}?',
        'How much does an international wire cost?', 'I need to send {amount} to family in {city}.',
        'Can I receive a payment from overseas?',
      ],
      followUps: ['It is about {amount}.', 'The bank is in {city}.', 'How long will it take?'],
      replies: ['International wires take 1-3 business days.', 'Let me get you a quote.'],
      resolutions: ['Here is your quote; you can send it from the Transfers tab.', 'The transfer is set up and will arrive in 2 business days.'],
    },
    {
      label: 'savings rates', weight: 6, tools: ['get_rates'],
      openings: [
        'What interest rate does your {account} pay?', 'Are there better savings options?',
        'How do certificates of deposit work?', 'Did the savings rate change {date}?',
        'Should I move money into a {fund}?',
      ],
      followUps: ['I have about {amount} to save.', 'I may need the money in a year.'],
      replies: ['Current rates depend on the product.', 'I cannot give investment advice, but I can share our rates.'],
      resolutions: ['Our savings account pays 3.9% APY and a 12-month CD 4.3%.', 'I opened a high-yield savings account for you.'],
    },
    {
      label: 'update personal details', weight: 5, tools: ['update_profile'],
      openings: [
        'I need to change my address on file.', 'How do I update my phone number?',
        'I got married and need to change my name on the account.', 'Please update my email for statements.',
        'I moved to {city}, where do I change my details?',
      ],
      followUps: ['I have my ID ready.', 'It changed {date}.'],
      replies: ['I can update that after verifying your identity.', 'Some changes need a document upload.'],
      resolutions: ['Your details are updated and a confirmation was sent.', 'The change is submitted and will be effective in 1 business day.'],
    },
    {
      label: 'mobile check deposit', weight: 6, tools: ['lookup_deposit'],
      openings: [
        'My mobile check deposit is on hold.', 'The app rejected my check photo.',
        'When will my deposit of {amount} be available?', 'I deposited a check {date} and the money is not there.',
        'Why is there a hold on my deposit?',
      ],
      followUps: ['It was {amount}.', 'It is a payroll check.', 'I already endorsed it.'],
      replies: ['Large deposits can be held for a few days.', 'Let me check that deposit.'],
      resolutions: ['The hold is released; the funds are available now.', 'The deposit will be available on {weekday}.'],
    },
  ],
};

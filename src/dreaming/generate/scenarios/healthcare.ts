/** @module dreaming/generate/scenarios/healthcare — a clinic network's patient-portal assistant. */
import type { ScenarioSpec } from '../types.js';

/** The healthcare scenario: appointments, prescriptions, results, insurance. No real medical advice. */
export const healthcare: ScenarioSpec = {
  name: 'healthcare',
  agent: 'agent_patient_portal',
  slots: {
    specialty: ['dermatologist', 'cardiologist', 'pediatrician', 'family doctor', 'physiotherapist', 'dentist', 'eye doctor', 'allergist'],
    medication: ['lisinopril', 'metformin', 'atorvastatin', 'levothyroxine', 'amoxicillin', 'inhaler', 'sertraline', 'omeprazole'],
    test: ['blood test', 'cholesterol panel', 'MRI', 'x-ray', 'thyroid test', 'urine test', 'allergy panel'],
    symptom: ['a bad headache', 'a sore throat', 'back pain', 'a rash', 'a fever', 'a cough that will not go away', 'dizziness'],
    insurer: ['BlueShield', 'Aetna', 'UnitedHealth', 'Cigna', 'Medicare', 'my employer plan'],
    clinic: ['the downtown clinic', 'the north campus', 'the pediatric center', 'the main hospital'],
  },
  tools: [
    { name: 'check_availability', ok: ['Slots: {weekday} {time}, {weekday} {time} at {clinic}.'], error: ['ERROR: scheduling backend timeout', 'ERROR: EHR gateway 502'] },
    { name: 'book_appointment', ok: ['Booked: {specialty}, {weekday} {time}, confirmation {ref}.'], error: ['ERROR: slot no longer available', 'ERROR: scheduling service 500'] },
    { name: 'lookup_appointment', ok: ['Appointment {ref}: {specialty} on {date} at {time}.'], error: ['ERROR: appointment service unavailable'] },
    { name: 'lookup_prescription', ok: ['Rx {medication}: {count} refills left, last filled {date}.'], error: ['ERROR: pharmacy system timeout'] },
    { name: 'request_refill', ok: ['Refill request for {medication} sent to prescriber; ready in 2 days.'], error: ['ERROR: e-prescribing network rejected request', 'ERROR: pharmacy integration 503'] },
    { name: 'fetch_lab_results', ok: ['Result for {test} available, reviewed by clinician {date}.', 'Result for {test} pending review.'], error: ['ERROR: lab interface timeout', 'ERROR: results service 500'] },
    { name: 'verify_insurance', ok: ['Coverage active with {insurer}; copay {amount}.'], error: ['ERROR: payer eligibility check failed (timeout)', 'ERROR: clearinghouse unavailable'] },
    { name: 'lookup_invoice', ok: ['Invoice {ref}: {amount} due, insurer paid partially.'], error: ['ERROR: billing system 500'] },
    { name: 'symptom_checker', ok: ['Triage: non-urgent, suggest primary care visit within {days} days.', 'Triage: urgent care recommended today.'], error: ['ERROR: triage model unavailable'] },
    { name: 'request_records', ok: ['Records request {ref} created; delivery in {days} days.'], error: ['ERROR: records service timeout'] },
    { name: 'reset_password', ok: ['Portal reset link sent.'], error: ['ERROR: identity provider 503'] },
  ],
  topics: [
    {
      label: 'book appointment', weight: 14, tools: ['check_availability', 'book_appointment'],
      openings: [
        'I need to book an appointment with a {specialty}.', 'Can I see a {specialty} next week?',
        'What is the earliest appointment available at {clinic}?', 'I would like to schedule a check-up.',
        'Do you have any openings on {weekday} for a {specialty}?', 'How do I make an appointment for my child?',
        'I need a new patient appointment with a {specialty}.', 'Can I get an appointment this week? I have {symptom}.',
      ],
      followUps: ['Mornings work best for me.', 'Anything after {time} is fine.', 'I prefer {clinic}.', 'It is for a routine check-up.'],
      replies: ['Let me check availability for a {specialty}.', 'I can see a few open slots this week.', 'Would {weekday} at {time} work?'],
      resolutions: ['You are booked with a {specialty} on {weekday} at {time}; confirmation {ref}.', 'Your appointment is confirmed at {clinic} on {weekday} at {time}.'],
    },
    {
      label: 'reschedule appointment', weight: 9, tools: ['lookup_appointment', 'book_appointment'],
      openings: [
        'I need to reschedule my appointment on {date}.', 'Can I move my {specialty} visit to another day?',
        'I cannot make it on {weekday}, please change my appointment.', 'Please cancel my appointment for {date}.',
        'Is there a fee if I cancel my appointment late?', 'Something came up, can we push my visit back a week?',
      ],
      followUps: ['The confirmation number is {ref}.', 'Any day next week works.', 'Afternoons are better.'],
      replies: ['I found your appointment. Let me look for new times.', 'I can move it without any fee.'],
      resolutions: ['Your appointment is moved to {weekday} at {time}.', 'Your appointment on {date} is cancelled, no fee applies.'],
    },
    {
      label: 'prescription refill', weight: 11, tools: ['lookup_prescription', 'request_refill'],
      openings: [
        'I need a refill of my {medication}.', 'My {medication} prescription ran out.', 'Can you renew my {medication}?',
        'The pharmacy says my {medication} has no refills left.', 'How do I request a prescription refill?',
        'I am almost out of my {medication}, please help.', 'Can my refill be sent to a different pharmacy?',
      ],
      followUps: ['I take it every day.', 'My usual pharmacy is in {city}.', 'I have {count} pills left.'],
      replies: ['I can send a refill request to your prescriber.', 'Let me check your prescription details.'],
      resolutions: ['The refill request for {medication} is sent; it should be ready in 2 days.', 'Your prescriber approved the refill, it is ready for pickup.'],
    },
    {
      label: 'lab results', weight: 9, tools: ['fetch_lab_results'],
      openings: [
        'Are my {test} results back?', 'When will I get the results of my {test}?', 'I cannot see my lab results in the portal.',
        'What do my {test} results mean?', 'My doctor said the {test} results would be ready {date}.',
        'I had a {test} {date} and have not heard anything.',
      ],
      followUps: ['It was done at {clinic}.', 'I got a notification but the page is empty.', 'Should I be worried?'],
      replies: ['Your results are available once a clinician has reviewed them.', 'Let me check the status of your {test}.'],
      resolutions: ['Your {test} results are now in the portal under Results; your clinician left a note.', 'The results are reviewed and normal; your doctor will follow up if needed.'],
    },
    {
      label: 'insurance coverage', weight: 8, tools: ['verify_insurance'],
      openings: [
        'Is my visit covered by {insurer}?', 'Do you accept {insurer} insurance?', 'How much is my copay for a {specialty}?',
        'My insurance changed, how do I update it?', 'Will {insurer} cover the {test}?', 'I need a pre-authorization for my {test}.',
      ],
      followUps: ['My plan changed {date}.', 'It is through my employer.', 'I have the new card here.'],
      replies: ['Let me verify your coverage with {insurer}.', 'Coverage depends on your specific plan.'],
      resolutions: ['Your coverage with {insurer} is active and your copay is {amount}.', 'I updated your insurance details; the visit is covered.'],
    },
    {
      label: 'medical bill', weight: 7, tools: ['lookup_invoice', 'verify_insurance'],
      openings: [
        'I got a bill for {amount} that should be covered.', 'Why was I charged for my visit on {date}?',
        'I want to dispute a medical bill.', 'Can I set up a payment plan for my bill of {amount}?',
        'My statement shows a charge I do not understand.', 'I was billed twice for the same visit.',
      ],
      followUps: ['The invoice number is {ref}.', 'My insurer is {insurer}.', 'I already paid part of it.'],
      replies: ['Let me look at the invoice and what your insurer paid.', 'I can set up a payment plan if needed.'],
      resolutions: ['I sent the claim back to {insurer} for reprocessing; the bill is on hold.', 'A payment plan is set up for {amount} per month.'],
    },
    {
      label: 'symptom question', weight: 8, tools: ['symptom_checker'],
      openings: [
        'I have had {symptom} for {days} days, should I see someone?', 'Is {symptom} a reason to go to urgent care?',
        'My child has {symptom}, what should I do?', 'I woke up with {symptom}.',
        'Can I get advice about {symptom}?', 'I have {symptom} after starting {medication}.',
      ],
      followUps: ['It gets worse at night.', 'I do not have a fever.', 'I already took painkillers.'],
      replies: ['I cannot give a diagnosis, but I can help you find care.', 'Let me run a quick triage questionnaire.'],
      resolutions: ['Based on triage, a primary care visit within a few days is recommended; I can book it.', 'Please visit urgent care today; here is the nearest location.'],
    },
    {
      label: 'telehealth issue', weight: 6, tools: ['check_availability'],
      openings: [
        'My video visit will not start.', 'The doctor cannot hear me in the telehealth call.',
        'How do I join my virtual appointment?', 'The telehealth link says expired.',
        'My camera is not working in the video visit.',
      ],
      followUps: ['I am using my phone.', 'The visit is at {time}.', 'I tried another browser.'],
      replies: ['Please allow camera and microphone access in your browser.', 'I can send you a fresh link.'],
      resolutions: ['I sent a new visit link; it works in the app or in Chrome.', 'The clinician will call you by phone instead.'],
    },
    {
      label: 'medical records', weight: 5, tools: ['request_records'],
      openings: [
        'How can I get a copy of my medical records?', 'I need my records sent to a new doctor.',
        'Can I download my vaccination history?', 'Please transfer my records to a clinic in {city}.',
        'I need my records for an insurance claim.',
      ],
      followUps: ['I need them by {date}.', 'A PDF is fine.', 'It is for a {specialty}.'],
      replies: ['I can submit a records request for you.', 'Records requests take a few days.'],
      resolutions: ['Records request {ref} is submitted; you will get them within {days} days.', 'Your records are available to download in the portal now.'],
    },
    {
      label: 'portal login', weight: 6, tools: ['reset_password'],
      openings: [
        'I cannot log in to the patient portal.', 'The portal says my account is locked.',
        'I never got the activation email for the portal.', 'How do I reset my portal password?',
        'My login code does not arrive.',
      ],
      followUps: ['I tried {count} times.', 'I am on the mobile app.', 'I changed my phone recently.'],
      replies: ['I can send you a password reset link.', 'Let me check your portal account.'],
      resolutions: ['A reset link is on its way; it expires in 30 minutes.', 'Your portal account is unlocked.'],
    },
  ],
};

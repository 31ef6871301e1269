/** @module dreaming/generate/phrases — scenario-independent conversational phrases (openers, closers, frustration). */

/** Prepended to opening requests; '' keeps some openings bare. */
export const GREETINGS = [
  '', '', '', 'Hi, ', 'Hello, ', 'Hey there. ', 'Good morning. ', 'Hi team, ', 'Hello! ',
  'Quick question: ', 'Hi there, ', 'Excuse me, ', 'Good afternoon, ',
] as const;

/** Appended to opening requests. */
export const SIGN_OFFS = [
  '', '', '', ' Thanks.', ' Thank you!', ' Thanks in advance.', ' Can you help?', ' Please help.',
  ' Any idea?', ' Appreciate it.',
] as const;

/** Assistant first replies when no topic reply fits yet. */
export const ASSISTANT_ACKS = [
  "I'm sorry to hear that. Let me look into it for you.",
  "Thanks for reaching out — I can help with that.",
  'Happy to help. Let me check a few details first.',
  "Got it. Let me pull up what I can see on my side.",
  'Thanks for the details. One moment while I check.',
  "I understand. Let's sort this out together.",
] as const;

/** Assistant lines that introduce a tool call. */
export const TOOL_INTROS = [
  'Let me check that in our system.',
  'One moment, I am looking that up.',
  "I'll run a quick check on that.",
  'Let me verify this for you.',
] as const;

/** Assistant lines after a failed tool call. */
export const TOOL_FAILURE_REPLIES = [
  "I'm having trouble reaching that system right now. Let me try another way.",
  'Sorry, the lookup failed on my side. Could you give me a moment?',
  "Our system didn't respond. I'll try again shortly.",
  'That check returned an error, apologies. Let me see what else I can do.',
] as const;

/** Generic user filler turns in the middle of a conversation. */
export const USER_FILLERS = [
  'Okay, what do you need from me?', 'Sure, go ahead.', 'How long will that take?',
  'Is there anything else you need?', 'Alright. And then what?', 'Can you double-check that?',
  'I already tried that once.', 'Okay, I see.', 'What are my options here?',
  'Will I get a confirmation?',
] as const;

/** User thanks after a resolution. */
export const USER_THANKS = [
  'Perfect, that worked. Thank you!', 'Great, thanks for your help.', 'That fixed it, thanks a lot.',
  'Awesome, appreciate it!', 'Thanks, that answers my question.', 'Got it, thank you so much.',
  'Wonderful, have a nice day.', 'Excellent, all sorted. Thanks!',
] as const;

/** Assistant closings after thanks. */
export const ASSISTANT_CLOSINGS = [
  "You're welcome! Is there anything else I can help with?",
  'Glad I could help. Have a great day!',
  'Happy to help — take care!',
  'Anytime. Reach out if anything else comes up.',
] as const;

/** User messages showing the request was not solved (no escalation). */
export const USER_UNRESOLVED = [
  "That doesn't really solve my problem.", "Hmm, that didn't work either.",
  "I'll try again later I guess.", 'This is not helpful.', "Still not working. I'll give up for now.",
  "Okay, never mind.", "That's not going to work for me.",
] as const;

/** Frustrated user messages (used before escalation and in unresolved sessions). */
export const USER_FRUSTRATION = [
  'This is really frustrating.', 'I have been waiting forever for this!!',
  "Why is this so complicated? This is ridiculous.", 'This is the third time I am asking.',
  'Seriously, this is a terrible experience.', 'I am very disappointed with this service.',
  'This is getting absurd, nothing works.', 'Ugh, this is so annoying.',
] as const;

/** User requests for a human (escalation request dialogue act). */
export const USER_HUMAN_REQUESTS = [
  'Can I speak to a human, please?', 'I want to talk to a real person.',
  'Please connect me with an agent.', 'Let me talk to your manager.',
  'Get me a human agent now.', 'I need to speak with someone from your team, not a bot.',
  'Transfer me to a supervisor please.',
] as const;

/** Assistant handoff messages (the escalation itself). */
export const ASSISTANT_HANDOFFS = [
  "I understand. I'm transferring you to a human agent now.",
  "I'm escalating this to our specialist team; someone will contact you shortly.",
  'Let me connect you with a member of our team who can take it from here.',
  "I've created a ticket {ref} and handed this over to a human colleague.",
] as const;

/** Assistant misreadings that trigger a correction; `{wrong}` is another topic's label. */
export const ASSISTANT_MISREADS = [
  'Just to confirm, you are asking about {wrong}?',
  "It sounds like this is about {wrong}. Here's how that works.",
  'I can help with {wrong}. Let me walk you through it.',
  'Sure — for {wrong}, the first step is to open your account settings.',
] as const;

/** User corrections after a misreading; `{right}` is the session's topic label. */
export const USER_CORRECTIONS = [
  'No, I meant {right}.', "That's not what I asked. My question is about {right}.",
  'No no, I meant {right}, not that.', 'Not quite — I was asking about {right}.',
  "You misunderstood me. It's about {right}.", 'No, I said {right}. Please read my message again.',
  'Sorry, I meant {right}.',
] as const;

/** Assistant apologies after a correction. */
export const ASSISTANT_CORRECTION_ACKS = [
  'Apologies for the confusion. Let me look at {right} instead.',
  'Sorry about that — thanks for clarifying. Checking {right} now.',
  'My mistake. Let me help with {right}.',
] as const;

/** User repeats of the opening question (a frustration signal). */
export const USER_REPEATS = [
  'Again: {opening}', 'I asked: {opening}', 'Let me repeat my question. {opening}',
  'As I said before, {opening}',
] as const;

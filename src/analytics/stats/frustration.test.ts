/** @module analytics/stats/frustration.test — conversational frustration signals on known messages. */
import { describe, expect, it } from 'vitest';
import { conversationFrustration, frustrationScore } from './frustration.js';

describe('frustration', () => {
  it('is ~0 for calm or thankful messages', () => {
    for (const t of ['Thanks, that worked', 'The order number is #A12345.', 'Okay, what do you need from me?']) {
      expect(frustrationScore(t).score).toBeLessThan(0.05);
    }
  });

  it('detects requests for a human', () => {
    for (const t of [
      'Can I speak to a human, please?', 'I want to talk to a real person.', 'Please connect me with an agent.',
      'Let me talk to your manager.', 'Transfer me to a supervisor please.', 'Get me a human agent now.',
    ]) {
      expect(frustrationScore(t).signals).toContain('human-request');
      expect(frustrationScore(t).score).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('detects corrections', () => {
    for (const t of ['No, I meant my refund.', "That's not what I asked.", 'You misunderstood me.', 'No no, I meant the other order']) {
      expect(frustrationScore(t).signals).toContain('correction');
    }
    expect(frustrationScore('No problem, thanks').signals).not.toContain('correction');
  });

  it('detects repeated questions, explicit or by overlap', () => {
    expect(frustrationScore('Again: where is my order?').signals).toContain('repeated-question');
    expect(frustrationScore('This is the third time I am asking.').signals).toContain('repeated-question');
    const r = frustrationScore('where is my order from last week', ['Where is my order from last week?']);
    expect(r.signals).toEqual(['repeated-question']);
    expect(frustrationScore('where is my order from last week', ['Can I change my address?']).signals).toEqual([]);
  });

  it('stacks signals with noisy-OR and stays in [0, 1]', () => {
    const one = frustrationScore('This is ridiculous').score;
    const many = frustrationScore("That's not what I asked!! This is RIDICULOUS, I have waited forever. Let me talk to a manager NOW").score;
    expect(many).toBeGreaterThan(one);
    expect(many).toBeGreaterThan(0.9);
    expect(many).toBeLessThanOrEqual(1);
    expect(frustrationScore('Ugh, this is so annoying.').signals).toEqual(expect.arrayContaining(['profanity', 'negative-sentiment']));
    expect(frustrationScore('WHY IS THIS NOT WORKING').signals).toContain('emphasis');
  });

  it('scores a conversation', () => {
    const c = conversationFrustration(['Where is my order #A1?', 'Where is my order #A1??', 'Get me a human now']);
    expect(c.perMessage).toHaveLength(3);
    expect(c.perMessage[0]?.score).toBe(0);
    expect(c.perMessage[1]?.signals).toContain('repeated-question');
    expect(c.max).toBeGreaterThanOrEqual(0.6);
    expect(conversationFrustration([]).mean).toBe(0);
  });
});

/** @module dreaming/preprocess-text.test — acts and language detection. */
import { describe, expect, it } from 'vitest';
import { actNames, detectLanguage, normalizeText, tagDialogueActs, tokenize } from './preprocess-text.js';

const acts = (t: string): string[] => actNames(tagDialogueActs(normalizeText(t)));

describe('dialogue acts', () => {
  it('tags questions, complaints, corrections, thanks and escalation requests', () => {
    expect(acts('How do I reset my password?')).toContain('question');
    expect(acts('This is ridiculous, it still does not work')).toContain('complaint');
    expect(acts("No, I meant the other order")).toContain('correction');
    expect(acts('Thanks a lot!')).toContain('thanks');
    expect(acts('Can I speak to a human please')).toContain('escalation');
    expect(acts('The parcel arrived today')).toEqual([]);
  });
});

describe('language', () => {
  it('detects a handful of languages by stop-word ratio', () => {
    const lang = (t: string): string => detectLanguage(tokenize(normalizeText(t)));
    expect(lang('I would like to know where my order is and when it will arrive')).toBe('en');
    expect(lang('Quiero saber dónde está mi pedido y cuando llega por favor')).toBe('es');
    expect(lang('Je voudrais savoir pourquoi ma commande est en retard')).toBe('fr');
    expect(lang('Ich möchte wissen warum meine Bestellung nicht da ist')).toBe('de');
    expect(lang('ok')).toBe('und');
  });
});

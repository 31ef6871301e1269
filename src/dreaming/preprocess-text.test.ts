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

describe('languages beyond the stop-word lists', () => {
  const lang = (t: string): string => detectLanguage(tokenize(normalizeText(t)));
  it('names a language from its script', () => {
    expect(lang('我的银行卡丢了，怎么办')).toBe('zh');
    expect(lang('カードを無くしました。どうすればいいですか')).toBe('ja');
    expect(lang('카드를 잃어버렸어요 어떻게 해야 하나요')).toBe('ko');
    expect(lang('Έχασα την κάρτα μου χθες το βράδυ')).toBe('el');
    expect(lang('איבדתי את הכרטיס שלי אתמול')).toBe('he');
    expect(lang('ฉันทำบัตรหายเมื่อวานนี้')).toBe('th');
    expect(lang('मेरा कार्ड खो गया है कृपया मदद करें')).toBe('hi');
    expect(lang('لقد فقدت بطاقتي البنكية أمس')).toBe('ar');
    expect(lang('من کارت بانکی خود را گم کردم')).toBe('fa');
  });
  it('tells more Latin and Cyrillic languages apart by stop words', () => {
    expect(lang('Zgubiłem kartę i nie wiem co mam teraz zrobić')).toBe('pl');
    expect(lang('Kartımı kaybettim ve ne yapacağımı bilmiyorum lütfen yardım')).toBe('tr');
    expect(lang('Jag har tappat mitt kort och vet inte vad jag ska göra')).toBe('sv');
    expect(lang('Я потерял карту и не знаю что мне теперь делать')).toBe('ru');
    expect(lang('Я загубив картку і не знаю що мені тепер робити')).toBe('uk');
  });
});

describe('dialogue acts in other languages', () => {
  it.each([
    ['¿Dónde está mi pedido', 'question'],
    ['Pourquoi ma carte est bloquée ?', 'question'],
    ['我的卡什么时候到吗', 'question'],
    ['Das funktioniert immer noch nicht, lächerlich', 'complaint'],
    ['O aplicativo não funciona', 'complaint'],
    ['Nein, ich meinte die andere Bestellung', 'correction'],
    ['Je voulais dire le compte épargne', 'correction'],
    ['Muchas gracias por la ayuda', 'thanks'],
    ['どうもありがとうございます', 'thanks'],
    ['Quiero hablar con una persona', 'escalation'],
    ['Je veux parler à un conseiller', 'escalation'],
    ['Ich möchte mit einem Mitarbeiter sprechen', 'escalation'],
    ['请帮我转人工', 'escalation'],
  ])('%s → %s', (text, act) => {
    expect(acts(text)).toContain(act);
  });
  it('does not tag neutral statements in those languages', () => {
    for (const t of ['El paquete llegó hoy', 'Le colis est arrivé', 'Das Paket ist angekommen', '包裹今天到了']) {
      expect(acts(t), t).toEqual([]);
    }
  });
});

/**
 * @module analytics/stats/sentiment-lexicon — a compact general-purpose English sentiment lexicon, written
 * for this project (not derived from AFINN, VADER or other licensed lists). Valences are integers in
 * [−3, 3]; service-conversation words (refund, broken, waiting…) are included on purpose.
 */

/** Words by valence: one line per valence, words separated by spaces. */
const WORDS_BY_VALENCE = `
3 excellent outstanding superb fantastic amazing wonderful brilliant awesome perfect perfectly
3 delighted thrilled ecstatic love loved loving adore exceptional flawless phenomenal marvelous
3 lifesaver incredible spectacular terrific magnificent
2 good great nice happy glad pleased helpful useful easy quick fast smooth efficient friendly
2 kind polite professional reliable impressive enjoy enjoyed liked appreciate appreciated
2 thanks thank thankful grateful recommend recommended satisfied solved resolved fixed works worked
2 working success successful successfully beautiful pleasant clear convenient effective accurate
2 best better awesome cool fabulous glowing lucky relieved relief reassured reassuring rewarding
2 valuable worth worthwhile wow yay hooray congrats congratulations favorite favourite positive
2 comfortable safe secure trustworthy trust responsive attentive patient caring generous fair
2 seamless simple straightforward painless intuitive brilliant superb welcome welcomed
1 ok okay fine decent alright acceptable adequate reasonable sure yes correct proper
1 calm hope hopeful hopefully promising progress improved improve improvement interesting
1 informative clearer faster quicker cheaper free bonus gift fun funny smile smiling laugh
1 easier handy neat tidy sorted ready available approved confirmed refunded eligible covered
1 stable steady consistent fresh healthy recovered recover supportive
-1 slow slower late delay delayed delays wait waiting waited confusing confused unclear unsure
-1 complicated difficult hard tricky odd strange weird issue issues problem problems mistake
-1 mistakes wrong error errors bug bugs glitch glitches fail missing lost expensive pricey
-1 costly fee fees charge charged overcharged unexpected unfortunately sadly concern
-1 concerned worry worried doubt doubtful bored boring tired meh mediocre lacking limited
-1 pending stuck outdated inconvenient inconvenience annoyed bothered hassle tedious
-1 cancelled canceled declined denied rejected suspended locked blocked pain sick ill hurt
-1 nervous anxious uncomfortable unhappy unsure dissatisfied disagree complain complaint
-2 bad poor broken damaged defective faulty failed failing failure fails unhelpful useless
-2 frustrating frustrated frustration annoying irritating irritated upset angry mad
-2 disappointed disappointing disappointment unacceptable unreliable unprofessional rude
-2 ignored ignoring careless incompetent lazy misleading misled unfair overpriced ripoff
-2 scam scammed cheated fraud fraudulent stolen theft hate hated dislike sucks sucked
-2 ridiculous absurd nonsense pointless hopeless waste wasted wasting trouble troubled
-2 worse mess messed chaos chaotic unusable unresponsive crash crashed crashes freezes froze
-2 sad unhappy miserable stressful stressed stress fear afraid scared painful
-2 confusingly inaccurate incorrect misunderstood misunderstanding sloppy
-2 dangerous unsafe insecure leak leaked breach threatening threat rotten nasty gross
-3 terrible horrible awful horrendous atrocious worst disgusting disgusted appalling appalled
-3 furious outraged outrageous livid pathetic nightmare disaster disastrous unbearable
-3 abysmal dreadful shameful scandalous infuriating infuriated despise loathe toxic
`;

/** Parses {@link WORDS_BY_VALENCE} once into a map (a word listed twice keeps its last valence). */
function parseLexicon(text: string): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [head, ...words] = line.trim().split(/\s+/);
    if (!head || words.length === 0) continue;
    const valence = Number(head);
    for (const w of words) map.set(w, valence);
  }
  return map;
}

/** Word → valence in [−3, 3]. */
export const SENTIMENT_LEXICON: ReadonlyMap<string, number> = parseLexicon(WORDS_BY_VALENCE);

/** Inflected forms whose stem is in the lexicon but which carry no sentiment ("refund issued" ≠ "issue"). */
export const NEUTRAL_FORMS: ReadonlySet<string> = new Set(['issued', 'issuing', 'fined']);

/** Largest absolute valence in the lexicon (used to normalise). */
export const MAX_VALENCE = 3;

/** Words that scale the next sentiment word up (factor > 1) or down (factor < 1). */
export const INTENSITY_MODIFIERS: ReadonlyMap<string, number> = new Map([
  ['extremely', 1.5], ['absolutely', 1.5], ['incredibly', 1.5], ['utterly', 1.5], ['insanely', 1.5],
  ['totally', 1.4], ['completely', 1.4], ['super', 1.4], ['exceptionally', 1.4], ['hugely', 1.4],
  ['very', 1.3], ['really', 1.3], ['so', 1.3], ['truly', 1.3], ['highly', 1.3], ['deeply', 1.3],
  ['seriously', 1.3], ['especially', 1.2], ['particularly', 1.2], ['too', 1.2], ['most', 1.2],
  ['quite', 1.1], ['pretty', 1.1], ['fairly', 0.8], ['rather', 0.8], ['kinda', 0.7], ['somewhat', 0.6],
  ['mildly', 0.6], ['partly', 0.6], ['bit', 0.6], ['little', 0.6], ['slightly', 0.5], ['marginally', 0.5],
  ['barely', 0.4], ['hardly', 0.4],
]);

/** Words that open a negation scope. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'nowhere',
  "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't", "won't", "wouldn't", "can't",
  "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "mustn't", 'dont', 'doesnt', 'didnt',
  'isnt', 'wasnt', 'arent', 'werent', 'wont', 'wouldnt', 'cant', 'couldnt', 'shouldnt', 'havent',
  'hasnt', 'hadnt',
]);

/** Mild profanity and insults that signal frustration (kept "lite": no slurs). */
export const PROFANITY_LITE: ReadonlySet<string> = new Set([
  'damn', 'dammit', 'damnit', 'hell', 'crap', 'crappy', 'wtf', 'ffs', 'omg', 'bloody', 'sucks', 'stupid',
  'idiot', 'idiotic', 'dumb', 'useless', 'ridiculous', 'pathetic', 'garbage', 'trash', 'rubbish', 'joke',
  'bs', 'screw', 'freaking', 'frigging', 'effing', 'shoot', 'jeez', 'ugh', 'argh',
]);

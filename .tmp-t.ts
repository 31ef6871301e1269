import { detectPersonNames } from './src/privacy/pii/person-name.js';
import { winkWordLexicon } from './src/privacy/pii/word-lexicon.js';
import { placeNames } from './src/privacy/pii/place-gazetteer.js';
const lexicon = winkWordLexicon();
console.log(['could','can','is','does','pilar','whitfield','apparently','honestly','dropbox'].map(w=>w+':'+lexicon.isCommonWord(w)).join(' '));
console.log(placeNames().has('Pilar'), placeNames().has('Whitfield'));
for (const t of ['Could Pilar Whitfield call me back today?','Box sync be turned off? Could Pilar Whitfield call me back today?']) console.log(JSON.stringify(detectPersonNames(t,{knownNames:[],lexicon}).map(s=>s.value)));

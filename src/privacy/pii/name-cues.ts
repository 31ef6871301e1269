/** @module privacy/pii/name-cues — the token shape and the context phrases that introduce person names. */

/**
 * One capitalised name token: Maria, O'Brien, Jean-Luc, McDonald, DeShawn, Ngọc. Other inner capitals
 * ("FedEx", "PayPal") mark brands, so only the surname prefixes Mc/Mac/De/Di/Da/Du/La/Le may precede one.
 */
const TOKEN =
  "(?:Mc|Mac|De|Di|Da|Du|La|Le)?\\p{Lu}(?:\\p{Ll}+(?:(?:-|['’](?!s(?![\\p{L}\\p{N}])))\\p{Lu}?\\p{Ll}+)*|['’]\\p{Lu}\\p{Ll}+)(?![\\p{L}\\p{N}])";

/** Every capitalised name-shaped token in a text. */
export const TOKEN_RE = new RegExp(`(?<![\\p{L}\\p{N}'’-])${TOKEN}`, 'gu');

/**
 * What may sit between two tokens of one name: a space, or lower-case surname particles. "de", "del",
 * "la" and "el" alone are excluded because they join place names ("Rio de Janeiro", "Costa del Sol").
 */
export const NAME_GAP = /^ (?:(?:van|von|der|den|de la|dela|da|dos|das|di|du|bin|binti|ibn|al|ter|ten|le) )*$/;
/** Particles that mark a person name by themselves when they sit between two capitalised tokens. */
export const PERSON_PARTICLE_GAP = /^ (?:van|von|van der|van den|von der|da|dos|das|di|bin|binti|ibn|ter|ten|de la|dela) $/;

/** Cues after which any capitalised non-stop word is a name. */
export const STRONG_CUE =
  /\b(?:my name is|my name's|name on (?:the |my |your )?card(?: is| reads)?|name is|name's|full name:?|name (?:to|as)|call me|i go by|ask(?:ing)? for|speak(?:ing)? (?:to|with)|spoke (?:to|with)|spoke w\/|(?:spoke|mtg|meeting|met|call) w\/?|(?:cb|callback|call back|vm|voicemail|text|texts|message|sms|whatsapp|e-?mail) from|assigned to|(?:escalated?|handoff|hand-off|handed off|transfer(?:red)?)[ \t]*(?:→|->)|se llama(?:ba)?|(?:se )?chamava|s['’]appelle|s['’]appelait|hei(?:ß|ss)t|hie(?:ß|ss)|si chiama(?:va)?|talk(?:ed|ing)? (?:to|with)|chatted with|chied(?:ere|i|a) di|preguntar? por|pregunte por|pergunt(?:ar|e) por|demandez|fragen sie nach|assisted by|helped by|served by|transfer(?:red)?(?: me)? to|put (?:me )?through to|connect(?:ed)? (?:me )?(?:to|with)|escalated to|passed (?:me )?to|on behalf of|addressed to|(?:the )?estate of(?: the late)?|(?:edited|managed|maintained|verified|checked|reviewed|approved|prepared|dictated|authored|written|created|owned|updated|modified|submitted|requested|reported|assigned|handled|processed|countersigned|witnessed|authori[sz]ed|flagged|keyed|logged|entered|recorded|raised|taken|collected|packed|driven|escalated) by|claiming to be|registered to|naitwa|jina (?:lake|langu) ni|recipient:?|named|signed(?: for)?(?: by)?|account holder:?|cardholder:?|attn:?|attention:?|c\/o|me llamo|mi nombre es|je m'appelle|je m’appelle|mon nom est|ich heiße|ich heisse|mein name ist|mi chiamo|il mio nome è|meu nome é|me chamo|mijn naam is|ik heet|jag heter|mitt namn är|jeg heter|mit navn er|nazywam się|mam na imię|jmenuji se|benim adım|nama saya|tên tôi là|ang pangalan ko ay|subsemnat(?:ul|a)(?:\/a)?|(?:le |la )?soussignée?|(?:il |la )?sottoscritt[oa]|(?:el |la )?abajo firmante|(?:o |a )?abaixo[- ]assinad[oa]|ondergetekende|niżej podpisan[ya]|alulírott|(?:you're|you are|you’re) (?:chatting|speaking|talking) with|comment from|reply from|(?:vet|veterinarian|process server|reporting officer)|the late|survived by|predeceased by|(?:grand)?(?:parent|mother|father|son|daughter) of|(?:husband|wife|spouse|partner|brother|sister|widow|widower) of|(?:call|text|whatsapp)(?: or (?:call|text|whatsapp))?|(?:la|il) (?:moglie|marito|figlia|figlio|madre|padre|sorella|fratello)|(?:a|o) (?:mãe|pai|filha|filho|esposa|marido|irmã|irmão) d[oa]|filed by|executed as to|(?:née|nee|geborene|geb\.|z domu|nascida|nacida)|(?:ma|mon) (?:fille|fils|femme|mari|épouse|époux|mère|père|frère|sœur|soeur|fiancée?|compagne|compagnon)|(?:meine|mein) (?:tochter|sohn|frau|mann|mutter|vater|schwester|bruder|partnerin|partner|verlobte|verlobter)|mi (?:hija|hijo|esposa|esposo|marido|mujer|madre|padre|hermana|hermano|novia|novio|pareja)|(?:mia|mio) (?:figlia|figlio|moglie|marito|madre|padre|sorella|fratello)|mijn (?:dochter|zoon|vrouw|man|moeder|vader|zus|broer)|(?:minha|meu) (?:filha|filho|esposa|marido|mãe|pai|irmã|irmão)|(?:my|his|her|their|your|our|by|with)(?: (?:late|new|older|younger|elder|little|big))? (?:wife|husband|spouse|partner|son|daughter|mother|father|mom|mum|dad|brother|sister|friend|colleague|coworker|boss|manager|neighbou?r|fianc[ée]e?|boyfriend|girlfriend|grandmother|grandfather|grandma|grandpa|uncle|aunt|cousin|roommate|assistant|tenant|landlord)(?:,? (?:is|was))?|(?:agent|rep|representative|technician|engineer|supervisor|courier|driver|nurse|doctor|passenger|subscriber|rider|witness|(?:store |shop |sales )?assistant)(?: named| called)?|(?:shout[ -]?outs?|kudos|props) to|(?:you )?rode with|(?:pickup |delivery )?note from|bell marked)[ \t]+/gi;

/** Words that open a sign-off or a greeting. */
const SIGNOFF_WORDS = '(?:thanks|thank you|many thanks|cheers|regards|best|best wishes|wishes|warmly|sincerely|yours|love|hi|hello|hey|dear)';

/** Sign-offs and vocatives with a comma ("Thanks, Maria", "Regards,\nMaria"): the next word addresses a person. */
export const SIGNOFF_CUE = new RegExp(`\\b${SIGNOFF_WORDS},[ \\t]*\\n?[ \\t]*`, 'gi');

/**
 * A sign-off word without a comma that ends its line ("Kind regards\nMaria"). Without the comma it is
 * as often the end of a sentence ("…? Thanks\nVenmo asked for my ID"), so the next line is taken as a
 * signature only when the name closes it ({@link CLOSING_AFTER}).
 */
export const SIGNOFF_LINE_CUE = new RegExp(`\\b${SIGNOFF_WORDS}[ \\t]*\\n[ \\t]*`, 'gi');

/** Cues that need corroboration (a list name, a full name or a closing delimiter). */
export const WEAK_CUE =
  /\b(?:hi there,|hello there,|hey there,|i'm|i’m|i am|im|this is|it's|it’s|it is|its|here is|who is|who's|hi|hello|hey|dear|thanks|thank you|cheers|morning|regards|best|sincerely|contact|ask|tell|cc|ping|happy birthday|happy anniversary|congratulations|congrats|welcome|ciao|salut|olá|ola|hola|bonjour|bonsoir|hallo|hej|hei|moin|servus|grüezi|buongiorno|buonasera|bom dia|boa tarde|boa noite|buenos días|buenos dias|buenas tardes|buenas noches|dia dhuit|kia ora|merhaba|namaste|shalom|salam|hello po|hi po|gracias|grazie|merci|danke|obrigado|obrigada|querida|querido|caro|cara|cher|chère|liebe|lieber|beste|estimado|estimada|estimado\/a|stimate|stimată|stimate\/stimată|stimata|gentile|gentili|egregio|egregia|benvolgut|benvolguda|benvolgut\/da|guten tag|sehr geehrte|sehr geehrter|geachte|prezado|prezada|szanowny|szanowna|vážený|vážená|kære|bästa|kedves|dhr\.|mevr\.)[,:!]?[ \t]+/gi;

/**
 * Honorifics: the next capitalised word is a (sur)name. Case-sensitive to skip "dr" in prose; "Dr"
 * after a house number and street name is a street type ("12 Oak Dr. Date of birth…"). Italian writes
 * its abbreviated titles in lower case ("dal prof. Rinaldi", "la dott.ssa Bianchi"): with their dot only,
 * in an alternative of their own (name-scorer.ts reads the first one's words as its title list).
 * "Sheikh" is a title only when no name or title comes before it: "Imran Sheikh" and "Ms Sheikh"
 * are family names.
 */
export const TITLE_CUE =
  /(?<!\d[A-Za-z]? (?:[A-Z][a-z]+ ){1,3})\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Mister|Madam|Madame|Monsieur|Mademoiselle|Mme|Mlle|Herr|Hr|Fru|Frau|Señor|Señora|Señorita|Sra|Srta|Sr|Judge|Justice|Pastor|Rev|Reverend|Fr|Father|Rabbi|Imam|Captain|Capt|Officer|Sgt|Lt|Dott|Ing|Signor|Signora|Sayın|Dra|Doña|Dña|Lic|Licda|Licdo|Aunt|Auntie|Aunty|Uncle|Grandma|Grandpa|Granny|Avv|Dhr|Mevr|Herrn|DC|DS|DCI|DSI|Mevrouw|Meneer|Pani|Bapak|Ibu|Det|Ofc|Insp|Supt|Sig\.ra|Sig|Shri|Smt|Shrimati|Kumari|Atty|Maître|Maitre|Cllr|Councillor|Councilmember|Councilman|Councilwoman|Alderman|Alderwoman|Panie|Pani\/Panie|Bro|Sis|Ptr|Ustaz|Ustadh|Hajji|Haji|Ma['’]am\/Sir|Sir\/Ma['’]am|Mr\/Ms|Mr\/Mrs|Ms\/Mr|Mrs\/Mr|M\.\/Mme|Mme\/M|Sr\.?\/Sra)\.?[ \t]+|\b(?:prof|dott|avv|sig)\.(?:ssa|ra)?[ \t]+|(?<![A-Z][a-z]+ |\b(?:Mr|Mrs|Ms|Miss|Dr)\.? )\bSheikha?[ \t]+/g;

/**
 * A thanks or sign-off with "!" or in another language, then a name that closes its line or phrase
 * ("Grazie! Chiara", "Merci !\nLéa", "Saludos, Ana", "Danke, Jonas").
 */
export const SIGNOFF_BANG_CUE =
  /\b(?:thanks|thank you|cheers|grazie|merci|danke|gracias|obrigad[oa]|bedankt|tack|takk|kiitos|dziękuję|děkuji|salamat|saludos|cordialement|atentamente|abrazos|besos|bises|bisous|grüße|gruß|groeten|pozdrawiam|mvh|ciao|baci|un abbraccio|beijos|abraços)[ \t]*[,!][ \t]*\n?[ \t]*/gi;

/** A line that is only a dash and a name, as in e-mail signatures ("— Maria"). */
export const SIGNATURE_DASH_CUE = /(?:^|\n)[ \t]*(?:--|—|–|-|~)[ \t]*/g;

/** What may follow a single-token name for a weak cue to count ("hey Maria!", "I'm Priya, the owner"). */
export const CLOSING_AFTER = /^(?:[ ]*(?:[,.!?;:)\n]|$)| (?:from|here|speaking|calling|again)\b)/;

/** Verbs of saying/doing right after a full name ("Anja Novak said …"). Needs two name tokens. */
export const ACTION_AFTER =
  /^,? (?:said|says|told|asked|mentioned|emailed|messaged|texted|wrote|promised|confirmed|explained|replied|answered|called|rang|placed|ordered|approved|booked|paid|picked|collected|received|returned|agreed|insisted|suggested|recommended)\b/;

/** A role or team given right after the name ("put Tendai as the recipient", "Ana from your team"). */
export const ROLE_AFTER =
  /^(?: (?:as|is) (?:the|my|our) (?:(?:only|main|primary|new|other|second) )?(?:recipient|contact|owner|account holder|beneficiary|payee|cardholder|emergency contact|authori[sz]ed user|next of kin|guarantor|named driver)| (?:from|in|at) (?:your|the|our) (?:team|support|office|company|store|shop|department|helpdesk|billing|accounts|sales|finance)| (?:in|from) (?:accounts|billing|sales|support|hr|finance|legal|it|customer service|pharmacy|radiology|cardiology|oncology|pathology|nursing|reception|admissions|payments|platform|logistics|onboarding|compliance|engineering|marketing|operations|ops|procurement|security|dispatch|claims|underwriting|collections|fraud|payroll|research|product|design|quality|facilities|housekeeping)\b)/;

/**
 * Multi-word place names whose parts are not everyday words, so the lexicon rule would read them as
 * "First Last". Kept short: the world's most-mentioned ones.
 */
export const PLACE_RUNS: ReadonlySet<string> = new Set(
  `Los Angeles|San Francisco|San Diego|San Jose|San Antonio|Las Vegas|Hong Kong|Buenos Aires|Sri Lanka|
  Abu Dhabi|Tel Aviv|Kuala Lumpur|Rio de Janeiro|Sao Paulo|São Paulo|Costa Rica|Puerto Rico|Santa Monica|
  Santa Clara|El Paso|Baton Rouge|Des Moines|Saudi Arabia|Addis Ababa|Dar es Salaam|Ho Chi Minh|Phnom Penh|
  Hồ Chí Minh|Đà Nẵng|Hà Nội|Hải Phòng|Cần Thơ|Uttar Pradesh|Madhya Pradesh|Andhra Pradesh|Himachal Pradesh|
  Arunachal Pradesh|Tamil Nadu|West Bengal|Uttarakhand|Jammu and Kashmir|Sri Lanka`
    .split('|')
    .map((s) => s.trim()),
);

/**
 * The last word (lower-case, trailing `,:.` removed) of every cue phrase above. A name candidate whose
 * preceding word is not in this set cannot follow a cue, so the cue regexes are not run at all —
 * this keeps the name detector cheap. Keep it in sync when adding a cue.
 */
export const CUE_TAIL_WORDS: ReadonlySet<string> = new Set(
  `is name name's names me by for to with w w/ be naitwa ni di por demandez nach herrn dc ds dci dsi → -> through of call text whatsapp moglie marito figlia figlio madre padre sorella fratello do da bro sis ptr ustaz ustadh hajji haji named signed llama llamaba chamava appelle appelait heißt heisst hieß hiess chiama chiamava panie pani/panie ma'am/sir ma’am/sir sir/ma'am sir/ma’am holder cardholder attn attention c/o
  wife husband partner son daughter mother father mom mum dad brother sister friend colleague coworker
  boss manager neighbor neighbour fiance fiancé fiancee fiancée boyfriend girlfriend grandmother
  grandfather grandma grandpa uncle aunt cousin roommate assistant tenant landlord was agent rep
  representative technician engineer supervisor courier driver nurse doctor passenger subscriber rider witness
  called marked recipient thanks cheers
  regards best wishes warmly sincerely yours love hi hello hey dear i'm i’m am im this it's it’s it here who
  who's there you morning contact ask tell cc ping mr mrs ms miss mx dr prof professor sir dame mister
  shri smt shrimati kumari atty maître maitre
  madam madame monsieur mademoiselle mme mlle herr hr fru frau señor señora señorita sra srta sr judge justice pastor rev reverend fr father
  rabbi imam sheikh sheikha captain capt officer sgt lt dott ing signor signora sayın avv sig prof.ssa dott.ssa sig.ra
  lic licda licdo aunt auntie aunty uncle grandma grandpa granny
  -- — – - ~
  its birthday anniversary congratulations congrats welcome ciao salut olá ola hola
  bonjour bonsoir hallo hej hei moin servus grüezi buongiorno buonasera dia tarde noite días dias tardes
  mr/ms mr/mrs ms/mr mrs/mr m./mme mme/m sr/sra sr./sra noches dhuit ora merhaba bedankt tack takk kiitos dziękuję děkuji salamat saludos cordialement atentamente
  abrazos besos bises bisous grüße gruß groeten pozdrawiam mvh baci abbraccio beijos abraços namaste shalom salam po gracias grazie merci danke obrigado obrigada querida
  querido caro cara cher chère liebe lieber beste llamo es appelle m’appelle est heiße heisse ist chiamo è é
  chamo heet heter är er się imię se adım saya là ay dra doña dña avv dhr mevr mevrouw meneer pani bapak ibu
  subsemnatul subsemnata subsemnatul/a subsemnata/ul soussigné soussignée sottoscritto sottoscritta firmante
  assinado assinada abaixo-assinado abaixo-assinada ondergetekende podpisany podpisana alulírott from spouse
  née nee geborene geb domu nascida nacida fille fils femme mari épouse époux mère père frère sœur soeur fiancé
  fiancée compagne compagnon tochter sohn mann mutter vater schwester bruder partnerin verlobte verlobter hija
  hijo esposa esposo marido mujer madre padre hermana hermano novia novio pareja figlia figlio moglie marito
  sorella fratello dochter zoon vrouw man moeder vader zus broer filha filho mãe pai irmã irmão estimado
  estimada estimado/a stimate stimată stimate/stimată stimata gentile gentili egregio egregia benvolgut
  benvolguda benvolgut/da tag geehrte geehrter geachte prezado prezada szanowny szanowna vážený vážená kære
  bästa kedves late of to vet veterinarian server det ofc insp supt sig.ra sig`.split(/\s+/),
);

/** One cue scanner: an end-anchored regex tested on the text just before a name candidate. */
export interface CueScanner {
  readonly re: RegExp;
  readonly strong: boolean;
  /** The name must close its line or phrase ({@link CLOSING_AFTER}), as in a signature. */
  readonly closing?: boolean;
}

const anchored = (re: RegExp): RegExp => new RegExp(`(?:${re.source})$`, re.flags.replace('g', ''));

/** The signature-dash scanner ("— Maria"), which a bullet list's "- " also matches. */
export const DASH_SCANNER: CueScanner = { re: anchored(SIGNATURE_DASH_CUE), strong: true };

/** All cue scanners; strong ones first so a phrase that is both ("hi, … ") counts as strong. */
export const CUE_SCANNERS: readonly CueScanner[] = [
  { re: anchored(TITLE_CUE), strong: true },
  { re: anchored(STRONG_CUE), strong: true },
  { re: anchored(SIGNOFF_CUE), strong: true },
  { re: anchored(SIGNOFF_LINE_CUE), strong: true, closing: true },
  DASH_SCANNER,
  { re: anchored(SIGNOFF_BANG_CUE), strong: true, closing: true },
  { re: anchored(WEAK_CUE), strong: false },
];

/**
 * Frames that take a person, for a single capitalised non-word with no other cue: a verb or role
 * before it that takes a person ("let Sigrun know", "manager Zuzana"). "with X", "email X" and
 * "contacted by X" were dropped on 2026-11-25: people deal with, e-mail and are contacted by
 * organisations just as often ("my account with Monzo").
 */
export const PERSON_FRAME_BEFORE =
  /\b(?:let|tell|ask|ping|thank|thanked|cc|manager|owner|assistant|colleague|coworker|boss|neighbou?r|friend|partner)\s*$/i;
/** Prepositions and determiners that make the next capitalised word a place or thing ("in Lagos said…"). */
export const PLACE_OR_THING_BEFORE = /\b(?:in|at|from|near|into|around|across|outside|the|a|an|our|your|their|this|that)\s+$/i;
/**
 * Calls back right after a single capitalised non-word ("Could Viktor call me back…"). Speech and
 * agency verbs that organisations share ("Klarna says", "Nike emailed") are not here: see
 * SHARED_PREDICATE_AFTER in name-context.ts, which needs a gendered pronoun as well.
 */
export const PERSON_FRAME_AFTER = /^,? (?:(?:will|can|could|should) call (?:me|us|back)|call (?:me|us) back)\b/;

/** A lone word at the end of a message or line after a comma is a sign-off ("Sent from my phone, Zuzana"). */
export const SIGNOFF_AFTER = /^[ \t]*(?:$|\n)/;

/**
 * @module privacy/pii/email — e-mail addresses (RFC 5322 "common subset": local@domain.tld), also read
 * out in call transcripts ("jane dot doe at gmail dot com").
 */
import { questionBefore } from './dialogue-turn.js';
import { execAll, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/** ASCII letter or digit (char code). */
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A character of the domain (right of `@`): letters, digits, `.`, `-`. */
function isDomainChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 45;
}

/** A character of the local part (left of `@`): the domain's, plus `_`, `%`, `+`. */
function isLocalChar(c: number): boolean {
  return isDomainChar(c) || c === 95 || c === 37 || c === 43;
}
/**
 * The candidate must be exactly one address (checked after expanding around the `@`). The local part may
 * end in a dot: Japanese carriers (docomo, au) long issued such addresses ("yuma.@docomo.ne.jp") and
 * they are still in use, though RFC 5322 forbids them.
 */
const EMAIL_SHAPE = /^[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}$/;
/** RFC 5321 limits: local part 64, whole address 254. */
const MAX_LOCAL = 64;
const MAX_EMAIL = 254;

/**
 * The words for "@" as read out: English "at" ("at sign", Indian English "at the rate"), German
 * "ät"/"at"/"Klammeraffe", Spanish, Portuguese and Catalan "arroba", French "arobase", Italian
 * "chiocciola", Dutch "apenstaartje".
 */
const SPOKEN_AT =
  // Indonesian, Malay and Turkish say "et"; Polish "małpa", Czech "zavináč", Swedish "snabel-a", Hungarian
  // "kukac", Vietnamese "a còng".
  '(?:at sign|at symbol|at the rate|at|ät|arroba|arobase|chiocciola|apenstaartje|klammeraffe|et|małpa|malpa|zavináč|zavinac|snabel-a|kukac|a còng|a cong)';
/**
 * The words for "." as read out: "dot", Spanish/Italian "punto", German "punkt", French "point", Dutch
 * "punt", Portuguese "ponto", Indonesian/Malay "titik", Turkish "nokta", Polish "kropka", Czech "tečka",
 * Finnish "piste", Danish "prik", Vietnamese "chấm", Filipino "tuldok".
 */
const SPOKEN_DOT = '(?:dot|punto|punkt|point|punt|ponto|titik|nokta|kropka|tečka|tecka|piste|prik|chấm|cham|tuldok)';
/** The words for "-" inside a label or local part ("acme dash corp", "mirjam minus favre", "guion", "trattino"). */
const SPOKEN_DASH = '(?:dash|hyphen|minus|bindestrich|guion|guión|tiret|trattino|streepje|hífen|hifen|traço|traco)';
/** One label of a spoken domain, its parts joined by a spoken or written dash. */
const SPOKEN_LABEL = `[a-z0-9]+(?:(?: ${SPOKEN_DASH} |-)[a-z0-9]+)*`;
/** A domain written as such after a spoken "at" ("ludovica dot c at me.com", "sjoshi at yahoo.co.jp"). */
const WRITTEN_DOMAIN = '[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}';
/**
 * A domain read out: "at gmail dot com", "arroba yahoo punto com punto mx", "ät web punkt de", "at mail
 * dot acme dash corp dot de" — one to three labels, then a top-level domain of letters — or written
 * ({@link WRITTEN_DOMAIN}).
 */
const SPOKEN_DOMAIN = new RegExp(
  `(?<![\\p{L}\\d])${SPOKEN_AT} (${SPOKEN_LABEL}(?: ${SPOKEN_DOT} ${SPOKEN_LABEL}){0,2} ${SPOKEN_DOT} [a-z]{2,24}|${WRITTEN_DOMAIN})(?![\\p{L}\\d])`,
  'giu',
);
/** Cheap pre-check: a spoken dot word between spaces, or a spoken "at" before a written domain (most texts have neither). */
const SPOKEN_DOT_HINT = new RegExp(` ${SPOKEN_DOT} | ${SPOKEN_AT} ${WRITTEN_DOMAIN}`, 'iu');
/**
 * Multi-word joiners, folded to one token before the local part is split: "guion bajo"/"barra baja"
 * (es, "_"), "tiret bas" (fr, "_"), "trait d'union" (fr, "-"), "sotto lineato" (it, "_").
 */
const SPOKEN_JOINER_PHRASE = /\b(?:gui[oó]n bajo|barra baja|tiret bas|trait d['’]union|sotto ?lineato|liggend streepje)\b/giu;
/**
 * The words that join the parts of a spoken local part ("jane dot doe", "j underscore doe", "dakota dot
 * banks plus news", "jimenez unterstrich maite"): the dot and dash words, the underscore words
 * (underscore, Unterstrich, guion bajo, tiret bas, sottolineato, underline) and "+" (plus, más, più, mais).
 */
const SPOKEN_JOINER = new RegExp(
  `^(?:${SPOKEN_DOT}|${SPOKEN_DASH}|underscore|unterstrich|underline|sottolineato|joiner|plus|m[aá]s|più|mais)$`,
  'iu',
);
/**
 * A local part read out: letters and digits in one to {@link MAX_SPOKEN_LOCAL_WORDS} words ("a hardy 3",
 * "k nwosu 3", "aoife mcallister"), whose parts may be joined by spoken punctuation ("jane dot doe").
 * Joiner words may carry accents ("guión", "più"); the parts themselves are ASCII ({@link LOCAL_WORD}).
 */
const SPOKEN_LOCAL = /^[\p{L}0-9]+(?: [\p{L}0-9]+)*$/u;
/** One part of a spoken local part (an address has ASCII letters and digits only). */
const LOCAL_WORD = /^[a-z0-9]+$/i;
/**
 * Most words of a spoken local part that no joiner introduces: an initial, a name and a number, or two
 * names ("dakota dot banks plus news" has one: each joined word continues the part before it).
 */
const MAX_SPOKEN_LOCAL_WORDS = 3;
/** Most parts of a spoken local part in all ("till punkt meyer minus landwehr plus bank" has four). */
const MAX_SPOKEN_LOCAL_PARTS = 6;
/** A number from twenty to ninety-nine said in a local part ("tobias dot cholmondeley fifty-three"). */
const TENS_WORD = /^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:one|two|three|four|five|six|seven|eight|nine)?$/i;
/** The hyphen inside a said number ("fifty-three"), taken out before the local part is split. */
const TENS_HYPHEN = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b/gi;
/** One letter or digit of a spelled-out local part ("c i t l a l i", "6 7"). */
const SPELLED = /^[a-z0-9]$/i;
/** Most letters and digits spelled out in one local part. */
const MAX_SPELLED = 32;
/** Digits said as words in an address, in the languages of the spoken "at" words ("gaetan five six seven", "kessler acht zwei", "neuf trois"). */
const DIGIT_WORDS: ReadonlySet<string> = new Set(
  `zero oh one two three four five six seven eight nine null eins zwei drei vier fünf funf sechs sieben acht neun
  zéro un deux trois quatre cinq sept huit neuf cero uno dos tres cuatro cinco seis siete ocho nueve
  um dois três quatro sete oito nove uno due tre quattro cinque sei sette otto nove nul een twee drie vier vijf zes zeven acht negen`.split(/\s+/),
);
/**
 * Words linked by spoken joiners right before " at": "sergei dot shevchenko", "nicolo underscore deluca"
 * (at least one joiner; the first word starts after a space, quote or bracket).
 */
const JOINED_LOCAL = new RegExp(
  `(?<![\\p{L}\\d])((?:[\\p{L}\\d]+ (?:${SPOKEN_DOT}|${SPOKEN_DASH}|underscore|unterstrich|underline) )+[\\p{L}\\d-]+(?: [\\d]+| (?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?)*) $`,
  'iu',
);
/** The word right before a spoken "at" (ASCII letters and digits, as a mailbox is), maybe with its number said apart ("irfanismail 49"). */
const LAST_WORD = /(?<![\p{L}\d])([a-z][a-z0-9]{2,30}(?: \d{1,4})?) $/iu;
/** The first label of a spoken domain naming a large mail provider ("gmx dot de", "gmail dot com"). */
const MAIL_PROVIDER = new RegExp(
  `^(?:gmail|googlemail|gmx|web|yahoo|ymail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|orange|free|laposte|sfr|wanadoo|libero|virgilio|tiscali|alice|ziggo|kpn|telenet|t-online|freenet|bluewin|uol|bol|terra|naver|daum|qq|163|126|yandex|mail|rediffmail|btinternet|sky|talktalk|virginmedia|comcast|verizon|att|sbcglobal|bigpond|optusnet|xtra|telefonica|movistar|wp|o2|onet|interia|seznam|centrum|fastmail|hey|zoho|tutanota)(?: ${SPOKEN_DOT}|\\.)`,
  'i',
);
/** Words before "at gmail dot com" that are no mailbox ("I'm at", "we met at", "look at"). */
const NOT_A_MAILBOX: ReadonlySet<string> = new Set(
  'is am are was were me you him her us them it that this here there look looking stay staying work home met meet something anything nothing everything someone one stuff account address'.split(' '),
);
/** Most characters between the start of a line and a spoken domain that are read. */
const MAX_SPOKEN_LINE_HEAD = 160;
/** An e-mail named in the sentence itself: "my email is …", "e-mail address: …", "email me at …", "spelled out her e-mail as "…"". */
const EMAIL_SAID = /\b(?:(?:e-?mail(?: address)?|address)(?:,? (?:is|it's|its|was|as)| ?:| me at)?|send (?:it|them|this|that) to(?: me)?,?|email (?:me|us) at|write to(?: me)?(?: at)?) ["“'‘]?/gi;
/**
 * The same in other languages: "mi correo es …", "meine E-Mail ist …", "mon adresse e-mail est …", "la
 * mia email è …", "o meu e-mail é …", "mijn e-mailadres is …".
 */
const EMAIL_SAID_OTHER =
  /(?<![\p{L}])(?:correo(?: electr[oó]nico)?|e-?mail(?:adres|adresse)?|courriel|adresse(?: e-?mail)?|indirizzo(?: e-?mail)?|endere[cç]o(?: de e-?mail)?)(?:,? (?:es|ist|lautet|est|è|é|is))? ?:? /giu;
/** A question one turn up asking for an e-mail ("and an email for the confirmation", "your e-mail address?"). */
const EMAIL_ASKED = /\be-?mail|\bwhere should (?:i|we) send\b|\bmail address|\b(?:votre|ton|your|dein|ihre?|tu|su|il suo|o seu) mail\b|\bcorreo|\bcourriel|\bmailadres|indirizzo|posta elettronica|endere[cç]o de e-?mail/i;
/** Words a speaker says before the address itself ("um", "yeah it's", "sure, that's", "you can use"). */
const SPOKEN_FILLER =
  /^(?:(?:um+|uh+|er+m?|ah|oh|so|well|yes|yeah|yep|sure|ok|okay|right|it['’]s|its|it is|that['’]s|that is|it['’]d be|that['’]d be|my|the|email|e-mail|address|is|to|you can use|please use|use|i use|est|è|é|ist|lautet|es|s[ií]|claro|pues|bueno|vale|ja|klar|also|äh|ähm|ehm|oui|euh|alors|c['’]est|sim|é|certo|allora|ecco|nou)[\s,]+)*/iu;

/** "at" and "dot" in brackets, as addresses are written to keep them from harvesters ("ana [at] example [dot] com"). */
const BRACKET_AT = '[ \\t]*[\\[({][ \\t]*(?:at|AT|@)[ \\t]*[\\])}][ \\t]*';
const BRACKET_DOT = '(?:[ \\t]*[\\[({][ \\t]*(?:dot|DOT|punkt|punto|point)[ \\t]*[\\])}][ \\t]*|\\.)';
/** A mailbox written with a bracketed "at" and its domain with dots or bracketed "dot"s. */
const OBFUSCATED_EMAIL = new RegExp(
  `(?<![\\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}${BRACKET_AT}[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:${BRACKET_DOT}[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*${BRACKET_DOT}[A-Za-z]{2,24}(?![\\w-])`,
  'g',
);
/** Cheap pre-check for {@link OBFUSCATED_EMAIL}. */
const OBFUSCATED_HINT = /[[({][ \t]*(?:at|AT|@)[ \t]*[\])}]/;

/** Char code of a space. */
const SPACE = 32;

/** Where the first word after the speaker label of the line starting at `lineStart` begins, when the line is a reply. */
function replyStart(text: string, lineStart: number, end: number): number | undefined {
  for (let i = lineStart; i < end; i++) {
    // The first word start at which the line reads as a reply is the end of the label.
    if (i > lineStart && text.charCodeAt(i - 1) !== SPACE) continue;
    const question = questionBefore(text, i);
    if (question !== undefined) return EMAIL_ASKED.test(question) ? i : undefined;
  }
  return undefined;
}

/**
 * The spoken address whose domain is the match `m` ("… at gmail dot com"): the local part runs from the
 * start of a reply to a question about an e-mail (after filler words) or from an "email is" in the
 * line, and must be a few plain words. Undefined when neither introduces it.
 */
function spokenAddress(text: string, m: RegExpExecArray): PiiSpan | undefined {
  const at = m.index;
  const lineStart = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - MAX_SPOKEN_LINE_HEAD);
  const head = text.slice(lineStart, at);
  // The last "email is" of the line (in English, else in another language), else the start of a reply.
  const said = execAll(EMAIL_SAID, head).at(-1) ?? execAll(EMAIL_SAID_OTHER, head).at(-1);
  let start = said ? lineStart + said.index + said[0].length : replyStart(text, lineStart, at);
  if (start !== undefined) {
    const filler = SPOKEN_FILLER.exec(text.slice(start, at));
    if (filler) start += filler[0].length;
    if (spokenLocalPart(text.slice(start, at - 1))) return spanAt('EMAIL', text, start, at + m[0].length);
  }
  // No cue, or a cue further back: a local part whose words a spoken joiner links ("sergei dot
  // shevchenko at outlook dot com") says by itself that it is an address, and so does one word before
  // a mail provider's domain ("hdang at gmx dot de").
  const joined = JOINED_LOCAL.exec(head);
  if (joined && spokenLocalPart(joined[1] ?? '')) return spanAt('EMAIL', text, at - (joined[1] ?? '').length - 1, at + m[0].length);
  const word = LAST_WORD.exec(head)?.[1];
  if (word && MAIL_PROVIDER.test(m[1] ?? '') && !NOT_A_MAILBOX.has(word.split(' ')[0]?.toLowerCase() ?? '')) return spanAt('EMAIL', text, at - word.length - 1, at + m[0].length);
  return undefined;
}

/** True when `said` (the words before a spoken domain) is a spoken local part: plain words, joiners between. */
function spokenLocalPart(said: string): boolean {
  // "fifty-three" is one number word of the local part.
  const local = said.replace(SPOKEN_JOINER_PHRASE, 'joiner').replace(TENS_HYPHEN, '$1$2');
  if (!SPOKEN_LOCAL.test(local)) return false;
  const parts = local.split(' ');
  let free = 0;
  let count = 0;
  let spelled = 0;
  for (let i = 0; i < parts.length; i++) {
    const w = parts[i] ?? '';
    if (SPOKEN_JOINER.test(w)) {
      // A joiner needs a part on each side ("dot banks", not "plus" alone).
      if (i === 0 || i === parts.length - 1 || SPOKEN_JOINER.test(parts[i + 1] ?? '')) return false;
      continue;
    }
    if (SPELLED.test(w) || DIGIT_WORDS.has(w.toLowerCase()) || TENS_WORD.test(w)) {
      // A letter or digit spelled out ("m e r t 4", "nine two"): it continues the word before it, or
      // opens one when it follows a joiner or starts the part.
      if (++spelled > MAX_SPELLED) return false;
      const before = parts[i - 1] ?? '';
      if (i > 0 && (SPELLED.test(before) || DIGIT_WORDS.has(before.toLowerCase()) || TENS_WORD.test(before))) continue;
    } else if (!LOCAL_WORD.test(w)) return false;
    count++;
    if (i === 0 || !SPOKEN_JOINER.test(parts[i - 1] ?? '')) free++;
  }
  return count > 0 && free <= MAX_SPOKEN_LOCAL_WORDS && count <= MAX_SPOKEN_LOCAL_PARTS;
}

/** The e-mail addresses read out in `text` (only looked for when the text says "dot" or its translation). */
function spokenAddresses(text: string, out: PiiSpan[]): void {
  if (!SPOKEN_DOT_HINT.test(text)) return;
  for (const m of execAll(SPOKEN_DOMAIN, text)) {
    const span = spokenAddress(text, m);
    if (span) out.push(span);
  }
}

/**
 * The mail headers whose values are message identifiers in address form (RFC 5322 "Message-ID",
 * "In-Reply-To", "References"; MIME "Content-ID"): "<uuid@mail.gmail.com>" names a message, not a person.
 * Logs and exports shorten the name or drop the colon: "msg-id <…>", Postfix's "message-id=<…>", "msgid: …".
 */
const MESSAGE_ID_HEADER =
  /(?:^|\n|[\t ,;])[\t ]*(?:(?:resent-)?message[- _]?id|msg[-_]?id|in-reply-to|references|content-id)(?:[\t ]*[:=][^\n]*|[\t ]*<[^\s<>]*)$/i;
/** A UUID local part: generated by software for a message or object, never a person's mailbox. */
const UUID_LOCAL = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How much of the line before an address is read for its header name. */
const HEADER_WINDOW = 200;

/**
 * True when the address at [start, at) is a message identifier ({@link MESSAGE_ID_HEADER}, {@link UUID_LOCAL})
 * or the credentials of a URL.
 */
function messageIdentifier(text: string, start: number, at: number): boolean {
  if (UUID_LOCAL.test(text.slice(start, at))) return true;
  // "https://5895b6…@o680936.ingest.sentry.io/…": the user part of a URL (a key or login), not a mailbox.
  if (text.startsWith('://', start - 3)) return true;
  // Cheap pre-check: the header line always has an "id"/"reply-to"/"references" word, so most texts skip the scan.
  const head = text.slice(Math.max(0, start - HEADER_WINDOW), start);
  return /id\s*[:=<]|reply-to|references/i.test(head) && MESSAGE_ID_HEADER.test(head);
}

/**
 * Top-level domains reserved so that no mailbox can exist under them (RFC 2606, RFC 6761): test
 * fixtures write "test@example.invalid". ".example" and ".test" are not among them: writers put real
 * people's mailboxes under them to keep sample data safe, and redacting them costs nothing.
 */
const RESERVED_DOMAIN = /\.(?:invalid|localhost)$/i;

/**
 * Finds e-mail addresses by expanding around each `@` (a whole-text regex would try every start
 * position and backtrack up to 64 characters each time; this is ~10× cheaper).
 */
export const emailDetector: PiiDetector = {
  type: 'EMAIL',
  detect(text: string): PiiSpan[] {
    const out: PiiSpan[] = [];
    for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
      let start = at;
      while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
      let end = at + 1;
      while (end < text.length && end - start < MAX_EMAIL && isDomainChar(text.charCodeAt(end))) end++;
      // Leading dots/dashes and a trailing sentence dot are not part of the address (char codes 43 `+`,
      // 37 `%`, 45 `-`, 46 `.`; char codes keep this loop free of per-character regex calls).
      while (start < at && !isAlnum(text.charCodeAt(start)) && text.charCodeAt(start) !== 95) start++;
      while (end > at + 1 && !isAlnum(text.charCodeAt(end - 1))) end--;
      if (EMAIL_SHAPE.test(text.slice(start, end)) && !messageIdentifier(text, start, at) && !RESERVED_DOMAIN.test(text.slice(at + 1, end))) {
        out.push(spanAt('EMAIL', text, start, end));
      }
    }
    spokenAddresses(text, out);
    if (OBFUSCATED_HINT.test(text)) for (const m of execAll(OBFUSCATED_EMAIL, text)) out.push(spanAt('EMAIL', text, m.index, m.index + m[0].length));
    return out;
  },
};

/** @module privacy/pii/ip — IPv4 and IPv6 addresses (validated with node:net). */
import { isIPv6 } from 'node:net';
import { before } from './context-cues.js';
import { questionBefore } from './dialogue-turn.js';
import { execAll, spanAt, type PiiDetector, type PiiSpan } from './types.js';

/** 0–255, also zero-padded to three digits as fixed-width logs and device configs print it ("010"). */
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|0\\d\\d|[1-9]?\\d)';
/** Dotted quad not embedded in a longer dotted number (versions, OIDs). */
const IPV4_RE = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?!\\.?\\d|\\w)`, 'g');
/**
 * Hex groups with at least two colons, optionally ending in a dotted quad; validated afterwards. Logs
 * often print an address and port without the brackets RFC 5952 §6 asks for ("fe80::1:53263",
 * "2001:db8::7:443"): a last `:digits` group that does not fit the address is left out as the port.
 * An embedded dotted quad ("::ffff:192.0.2.1", RFC 4291 §2.5.5) is tried before a last hex group.
 */
const IPV6_RE =
  /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?:(?![\w:]|\.\d)|(?=:\d{1,5}(?![\w:]|\.\d)))/g;
/**
 * A dotted quad after these words is a software version, not an address: version keys and words
 * ("version=", "build", "v", "schema"), updates ("update infotainment to"), upgrades, rollouts and pins ("pinning to", "bump openssl to", "bumping to",
 * "rollout of", "upgrading ansible from 8.23.23 to", "upgraded the PDF renderer to", "since"), a product
 * or model name ("Model: orca-4 …", "policy …") and browser or OS tokens of user agents ("Chrome/…"),
 * also joined by a dash or underscore ("firmware-8.4.2.57.bin"), and a deploy or runtime right before
 * the number ("INFO deploy 3.1.0.44"; "deployed to 10.0.0.5" names a host).
 */
const VERSION_CUE =
  /(?:\bv|(?:\b|_)versions?(?: string| number)?|[\w-]*\b(?:engine|plugin|module|library|package)|\bver\.?|\bbuilds?|\breleases?|\bfirmware|\bupdated?(?:(?: [\w-]+)? to)?|\bschema(?: version)?|\b(?:up|down)grad(?:e|ed|es|ing)(?:(?: [\w.-]+){0,3}(?: from [\w.-]+)? to)?|\bpatch(?:ed)?(?: to)?|\bsdk|\bapp|\bpolicy|\bmodel(?::? [\w-]+)?|\bfw|\bsw|\bpin(?:ning|ned)? to|\bbump(?:ed|ing)?(?: [\w.-]+)? to|\brollout of|\brolling out|\bdeploy(?:ing|s)?(?=[ \t]*$)|\bruntime(?=[ \t]*$)|\bfrom v?\d[\d.]* to|\bsince|\bchrome|\bfirefox|\bsafari|\bedge|\bandroid|\bios|\bopera|\bmobile|\bkubernetes|\bk8s|\bpython|\bnode(?:\.?js)?|\bjava|\bpostgres(?:ql)?|\bmysql|\bredis|\bnginx|\bdocker|\bopenssl|\bubuntu|\bdebian|\bwindows|\bmacos|\brolled|\bfetching|\b(?:exported|generated|built) by [\w.-]+|\bmise à jour)[\s=:"'/\\_(-]*(?:(?:to|is)\s+)?$/i;
/**
 * A dotted quad before these words is a version too ("does 8.9.8.16 fix the leak", "4.2.1.7 release
 * notes", "Checkout 1.6.0.8 — release notes", "during the 4.9.5.1 rollout"), and an app's build before the
 * system it runs on ("Client 6.4.33.143 on iPadOS 17.4"), on the same line ("… from
 * 212.219.198.195⏎Build 3042a16" is an address).
 */
const VERSION_AFTER = /^(?:[ \t"'—–-]*(?:fix(?:es|ed)?|release|build|is out|changelog|rc\d*|beta|alpha|roll-?out|deploy(?:ment)?|upgrade|update|hotfix)\b|[ \t]*\((?:commit|build) [0-9a-f]{6,}\))/i;
/**
 * A product's name right before a dotted quad: a word with an inner capital in brackets or quotes
 * ("(NetGuard 5.12.4.201)"), before a capital acronym ("ClassDesk MIS 6.14.2.90"), or the value of a
 * client or software key ("client": "Tradelane 4.2.0.19"). An address is named by a cue or a host, not
 * by a product word.
 */
const PRODUCT_NAME_BEFORE =
  /(?:["'(]\p{Ll}*\p{Lu}\p{Ll}+\p{Lu}\p{L}*|(?:^|\s)\p{Lu}\p{Ll}+\p{Lu}\p{L}*[ \t]+\p{Lu}{2,5}|["']?(?:[Cc]lient|[Uu]ser[_-]?[Aa]gent|[Ss]oftware|[Pp]roduct|[Aa]pplication)["']?[ \t]*[:=][ \t]*["']?\p{L}[\w.-]*)[ \t]+$/u;
/** An operating system after a dotted quad: the build of an app that runs on it, unless an address cue precedes. */
const SYSTEM_AFTER = /^[ \t]+(?:on|for) (?:i(?:pad)?os|macos|windows|android|linux|chromeos|watchos)\b/i;
/** Cues that name an address outright, so a system after it is where the connection came from ("login from … on Windows"). */
const STRONG_ADDRESS_CUE = /\b(?:ip|ipv4|address|addr|src|dst|source|from|login|logged in)\b[\s=:"'([-]*$/i;
/** Four one-digit parts ("1.6.0.8"), not the wildcard "0.0.0.0". */
const SMALL_QUAD = /^(?!0\.0\.0\.0$)\d\.\d\.\d\.\d$/;
/** A value of a config or JSON field, or an item of a list: `: `, `=`, a quote, a bracket or a comma right before. */
const FIELD_VALUE_BEFORE = /[:=["',][ \t]*["']?$/;
/** Words that make even a small dotted quad an address ("ping 1.1.1.1", "DNS 8.8.8.8", "IP: 9.9.9.9"). */
const ADDRESS_CUE = /\b(?:ip|ips|ipv4|address|addr|host|hostname|server|client|src|dst|source|from|ping|dns|resolver|gateway|route|nameserver|peer|remote|login|logged in)\b[\s=:"'([-]*$/i;
/**
 * A word glued to a slash right before a dotted quad: the product of a user-agent token, also as a log
 * key's value ("client=moodle/4.16.1.219"); a host name has dots.
 */
const PRODUCT_TOKEN = /(?:^|[\s"'(;=])[A-Za-z][\w-]*\/$/;
/** A proxy log's hierarchy code before the upstream address ("HIER_DIRECT/93.184.216.34" in a Squid access log): no product. */
const HIERARCHY_CODE = /(?:^|\s)(?:[A-Z]+_[A-Z_]+|DIRECT)\/$/;
/** How far back a product token is read. */
const PRODUCT_REACH = 32;
/** A question for a version, whose reply is one ("what version is the app on", "which build are you on"). */
const VERSION_ASKED = /\b(?:what|which)\b[^.!\n]{0,30}\b(?:version|build|firmware|release)\b/i;
/** {@link VERSION_ASKED}'s nouns anywhere in a text. */
const VERSION_WORD = /\b(?:version|build|firmware|release)\b/i;
/** What joins two items of a list of versions. */
const LISTED_AFTER = /^[ \t]*(?:,|and|or|&|\/)[ \t]*$/;
/** The old or wrong version named in brackets after a version ("firmware 10.4.2.17 (not 12.0.1.3)", "… (was 6.2.1.241)"). */
const CONTRAST_BEFORE = /\([ \t]*(?:not|was|from|previously|formerly|prev\.?|old:?)[ \t]*$/i;
/** Longest stretch between a version and the bracket that contrasts another one with it. */
const CONTRAST_REACH = 48;
/** True when `between` (the text from a version to a dotted quad) opens a contrasting bracket on the same line. */
const contrastedVersion = (between: string): boolean => between.length <= CONTRAST_REACH && !between.includes('\n') && CONTRAST_BEFORE.test(between);
/** A dotted version and a list joiner right before a dotted quad. */
const VERSION_LISTED_BEFORE = /\d+(?:\.\d+){2,}[ \t]*(?:,|and|or|&|\/)[ \t]*$/;
/** Characters read before a dotted quad for {@link VERSION_CUE}. */
const VERSION_WINDOW = 32;
/** Fewest hex digits an IPv6 candidate needs; rejects `::`, `a::b` and timestamps like `12:30:45`. */
const IPV6_MIN_HEX_DIGITS = 3;

/** Hex digit (either case) or a colon. */
function isHexOrColon(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/** Cheap gate before the IPv6 regex: some `:` has a hex digit or another colon on both sides. */
function hasHexColon(text: string): boolean {
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) {
    if (isHexOrColon(text.charCodeAt(i + 1)) && (i === 0 || isHexOrColon(text.charCodeAt(i - 1)))) return true;
  }
  return false;
}

/** Cheap gate before the IPv4 regex: some `.` stands between two digits. */
function hasDigitDot(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const a = text.charCodeAt(i - 1);
    const b = text.charCodeAt(i + 1);
    if (a >= 48 && a <= 57 && b >= 48 && b <= 57) return true;
  }
  return false;
}

/**
 * True when four one-digit parts stand in running text with no address word before them ("Checkout
 * service 1.6.0.8 — release notes"): random addresses almost never have four one-digit parts, versions
 * often do. In a config or JSON value ("bind: 0.0.0.0", `"dns":["1.1.1.1","8.8.4.4"]`) they are addresses.
 */
function smallQuadVersion(text: string, at: number, raw: string): boolean {
  if (!SMALL_QUAD.test(raw)) return false;
  const b = before(text, at, VERSION_WINDOW);
  return !FIELD_VALUE_BEFORE.test(b) && !ADDRESS_CUE.test(b);
}

/** Finds IPv4 and IPv6 addresses; versions ("v1.2.3.4") and clock times are skipped. */
export const ipDetector: PiiDetector = {
  type: 'IP',
  detect(text: string): PiiSpan[] {
    const v6: PiiSpan[] = [];
    // Prose colons and full stops are followed by a space; an address has hex or digits on both sides.
    if (hasHexColon(text)) {
      for (const m of execAll(IPV6_RE, text)) {
        const raw = m[0];
        if (raw.replace(/[^0-9A-Fa-f]/g, '').length < IPV6_MIN_HEX_DIGITS || !isIPv6(raw)) continue;
        v6.push(spanAt('IP', text, m.index, m.index + raw.length));
      }
    }
    if (!hasDigitDot(text)) return v6;
    const out: PiiSpan[] = [];
    // Most texts never ask for a version: one scan spares the turn reading per address.
    const versionWords = VERSION_WORD.test(text);
    // The end of the last dotted quad read as a version: the next one joined to it by "and", "or" or a
    // comma is one too ("server builds 3.5.6.268 and 12.4.7.158").
    let versionEnd = -1;
    for (const m of execAll(IPV4_RE, text)) {
      if (versionEnd >= 0 && (LISTED_AFTER.test(text.slice(versionEnd, m.index)) || contrastedVersion(text.slice(versionEnd, m.index)))) {
        versionEnd = m.index + m[0].length;
        continue;
      }
      // After a version no address pattern matches ("builds 3.5.6.268 and 12.4.7.158"): the cue before it counts.
      const listed = VERSION_LISTED_BEFORE.exec(before(text, m.index, VERSION_WINDOW));
      if (listed && VERSION_CUE.test(before(text, m.index - listed[0].length, VERSION_WINDOW))) {
        versionEnd = m.index + m[0].length;
        continue;
      }
      // The host of a URL ("redis://10.1.2.3:6379") is an address whatever product the scheme names.
      const urlHost = text.startsWith('://', m.index - 3);
      // A product token of a user agent ("MyChart/11.4.2.7", "okhttp/4.12.0.1"): a version, not an address.
      const slashLead = text.slice(Math.max(0, m.index - PRODUCT_REACH), m.index);
      if (!urlHost && PRODUCT_TOKEN.test(slashLead) && !HIERARCHY_CODE.test(slashLead)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      const lead = before(text, m.index, VERSION_WINDOW);
      if (!urlHost && (VERSION_CUE.test(lead) || VERSION_AFTER.test(after) || PRODUCT_NAME_BEFORE.test(lead) || (SYSTEM_AFTER.test(after) && !STRONG_ADDRESS_CUE.test(lead)))) {
        versionEnd = m.index + m[0].length;
        continue;
      }
      // The reply to "what version is the app on" ("it says 6.9.6.27").
      if (versionWords && VERSION_ASKED.test(questionBefore(text, m.index) ?? '')) continue;
      if (!urlHost && smallQuadVersion(text, m.index, m[0])) continue;
      // The dotted quad that ends an IPv6 address ("::ffff:192.0.2.1") is part of that address.
      if (v6.some((s) => s.start <= m.index && m.index < s.end)) continue;
      out.push(spanAt('IP', text, m.index, m.index + m[0].length));
    }
    return v6.length === 0 ? out : [...out, ...v6].sort((a, b) => a.start - b.start);
  },
};

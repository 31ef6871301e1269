/** @module privacy/pii/ip — IPv4 and IPv6 addresses (validated with node:net). */
import { isIPv6 } from 'node:net';
import { before } from './context-cues.js';
import { execAll, spanAt, type PiiDetector, type PiiSpan } from './types.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
/** Dotted quad not embedded in a longer dotted number (versions, OIDs). */
const IPV4_RE = new RegExp(`(?<![\\w.])${OCTET}(?:\\.${OCTET}){3}(?!\\.?\\d|\\w)`, 'g');
/** Hex groups with at least two colons, optionally ending in a dotted quad; validated afterwards. */
const IPV6_RE = /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\w:])/g;
/** A dotted quad after these words is a software version, not an address. */
const VERSION_CUE = /(?:\bv|\bversion|\bver\.?|\bbuild|\brelease|\bfirmware|\bupdate)\s*$/i;
/** Fewest hex digits an IPv6 candidate needs; rejects `::`, `a::b` and timestamps like `12:30:45`. */
const IPV6_MIN_HEX_DIGITS = 3;

/** Finds IPv4 and IPv6 addresses; versions ("v1.2.3.4") and clock times are skipped. */
export const ipDetector: PiiDetector = {
  type: 'IP',
  detect(text: string): PiiSpan[] {
    const out: PiiSpan[] = [];
    if (text.includes('.')) {
      for (const m of execAll(IPV4_RE, text)) {
        if (VERSION_CUE.test(before(text, m.index, 12))) continue;
        out.push(spanAt('IP', text, m.index, m.index + m[0].length));
      }
    }
    if (text.includes(':')) {
      for (const m of execAll(IPV6_RE, text)) {
        const raw = m[0];
        if (raw.replace(/[^0-9A-Fa-f]/g, '').length < IPV6_MIN_HEX_DIGITS || !isIPv6(raw)) continue;
        out.push(spanAt('IP', text, m.index, m.index + raw.length));
      }
    }
    return out;
  },
};

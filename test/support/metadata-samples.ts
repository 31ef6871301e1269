/** @module test/support/metadata-samples — metadata bodies at and past the wire limits (wire-api §1.6). */

/** Most key–value pairs a metadata object may hold. */
export const METADATA_MAX_PAIRS = 16;

/** A metadata object of `pairs` entries `k0: v … k{n-1}: v`. */
export function metadataOfSize(pairs: number): Record<string, string> {
  return Object.fromEntries(Array.from({ length: pairs }, (_, i) => [`k${i}`, 'v']));
}

/** One metadata object per rule it breaks: too many pairs, key > 64, value > 512, a non-string value. */
export function invalidMetadataSamples(): Record<string, unknown>[] {
  return [metadataOfSize(METADATA_MAX_PAIRS + 1), { ['k'.repeat(65)]: 'v' }, { k: 'v'.repeat(513) }, { k: 1 }];
}

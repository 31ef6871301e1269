/** @module memory/sha — content hashes exactly as the wire API defines them. */
import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of the UTF-8 bytes; no normalisation (clients compute the same hash locally). */
export function contentSha256(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** Size of the content in UTF-8 bytes. */
export function utf8Size(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** A `content_sha256` as clients send it: 64 hex characters. */
export const SHA256_HEX = /^[0-9a-fA-F]{64}$/;

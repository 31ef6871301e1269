/** @module store/imports/imports-store — the imports port: which source sessions a workspace already holds. */

/** One ledger row. */
export interface ImportRecord {
  readonly source_key: string;
  readonly session_id: string;
  readonly created_at: string;
}

export interface ImportsStore {
  /**
   * Claims `sourceKey` for `sessionId`. True when this call inserted the row; false when the key was
   * already claimed (by an earlier import or a concurrent one): the source is a duplicate.
   */
  claim(input: { sourceKey: string; sessionId: string; now: string }): Promise<boolean>;
  /**
   * Claims many keys in one statement; returns the keys this call inserted (the rest were already
   * claimed). Keys must be distinct within one call.
   */
  claimMany(input: { items: readonly { sourceKey: string; sessionId: string }[]; now: string }): Promise<Set<string>>;
  /** Removes a claim whose session could not be written, so a later import can retry it. */
  release(input: { sourceKey: string; sessionId: string }): Promise<void>;
  get(sourceKey: string): Promise<ImportRecord | undefined>;
}

/** @module store/imports/tables — one row per imported source session (the idempotency ledger). */

export interface ImportsTable {
  workspace_id: string;
  /** `<format>:<source session id>` or `<format>:sha256:<hex of the canonical source line>`. */
  source_key: string;
  /** The Reverie session the source became. */
  session_id: string;
  created_at: string;
}

export interface ImportsTables {
  imports: ImportsTable;
}

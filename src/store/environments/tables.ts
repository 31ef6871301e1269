/** @module store/environments/tables — environment rows. */

export interface EnvironmentsTable {
  id: string;
  workspace_id: string;
  /** JSON of name, description, config, metadata, scope. */
  body: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface EnvironmentsTables {
  environments: EnvironmentsTable;
}

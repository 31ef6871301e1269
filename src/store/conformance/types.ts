/** @module store/conformance/types — what a backend under test hands the conformance suite. */
import type { StoreBackend } from '../types.js';

/** A freshly migrated, empty backend plus the clean-up that removes what making it created. */
export interface ConformanceBackend {
  readonly backend: StoreBackend;
  dispose(): Promise<void>;
}

/** Makes a new, migrated, empty backend; called once per test so tests never see each other's rows. */
export type MakeBackend = () => Promise<ConformanceBackend>;

/** One domain's conformance cases; registers vitest `describe`/`it` blocks when called. */
export type ConformanceSuite = (makeBackend: MakeBackend) => void;

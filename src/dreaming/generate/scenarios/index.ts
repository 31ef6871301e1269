/** @module dreaming/generate/scenarios — the registry of built-in scenarios. */
import type { ScenarioName, ScenarioSpec } from '../types.js';
import { customerSupport } from './customer-support.js';
import { finance } from './finance.js';
import { healthcare } from './healthcare.js';

/** Built-in scenarios by name. */
export const SCENARIOS: Readonly<Record<ScenarioName, ScenarioSpec>> = {
  'customer-support': customerSupport,
  healthcare,
  finance,
};

/** Names of the built-in scenarios. */
export const SCENARIO_NAMES: readonly ScenarioName[] = ['customer-support', 'healthcare', 'finance'];

/** @module dreaming/mine/segments — outcome disparity across user segments (the bias check). */
import type { PreparedSession } from '../preprocess.js';
import type { GroupSpec } from './compare.js';

/** Segment values with fewer sessions than this are not tested (too small to say anything). */
const MIN_SEGMENT_SESSIONS = 20;
/** A key with more distinct values than this is an identifier, not a segment. */
const MAX_VALUES_PER_KEY = 50;

/**
 * Builds one group per `key=value` of `user.segment`, plus the detected language as `language=xx`.
 * Keys with a single value carry no contrast and are dropped.
 */
export function segmentGroups(sessions: readonly PreparedSession[]): GroupSpec[] {
  const byKey = new Map<string, Map<string, number[]>>();
  const add = (k: string, v: string, i: number): void => {
    let values = byKey.get(k);
    if (!values) byKey.set(k, (values = new Map()));
    let members = values.get(v);
    if (!members) values.set(v, (members = []));
    members.push(i);
  };
  for (let i = 0; i < sessions.length; i++) {
    const s = sessions[i]!;
    for (const [k, v] of Object.entries(s.segment)) add(k, v, i);
    add('language', s.language, i);
  }
  const groups: GroupSpec[] = [];
  for (const [k, values] of [...byKey.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (values.size < 2 || values.size > MAX_VALUES_PER_KEY) continue;
    for (const [v, members] of [...values.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (members.length < MIN_SEGMENT_SESSIONS) continue;
      groups.push({ key: `${k}=${v}`, label: `${k} = ${v}`, members });
    }
  }
  return groups;
}

/** @module dreaming/mine/corrections — correction sequences: an assistant answer followed by "no, I meant…". */
import type { PreparedSession } from '../preprocess.js';
import { ACT } from '../preprocess-text.js';

/** Examples kept for evidence. */
const MAX_EXAMPLES = 50;

/** Correction sequences found in the sessions. */
export interface CorrectionStats {
  readonly sequences: number;
  readonly sessionsWithCorrection: number;
  /** Per session: 1 when it has at least one correction sequence. */
  readonly has: Uint8Array;
  readonly examples: ReadonlyArray<{ session: number; message: number }>;
}

/** Finds user corrections that directly follow an assistant answer (tool messages in between are skipped). */
export function mineCorrections(sessions: readonly PreparedSession[]): CorrectionStats {
  const has = new Uint8Array(sessions.length);
  const examples: Array<{ session: number; message: number }> = [];
  let sequences = 0;
  let withCorrection = 0;
  for (let i = 0; i < sessions.length; i++) {
    const msgs = sessions[i]!.messages;
    let prevRole: string | null = null;
    for (let m = 0; m < msgs.length; m++) {
      const msg = msgs[m]!;
      if (msg.role === 'tool') continue;
      if (msg.role === 'user' && prevRole === 'assistant' && (msg.acts & ACT.correction) !== 0) {
        sequences++;
        if (!has[i]) withCorrection++;
        has[i] = 1;
        if (examples.length < MAX_EXAMPLES) examples.push({ session: i, message: m });
      }
      prevRole = msg.role;
    }
  }
  return { sequences, sessionsWithCorrection: withCorrection, has, examples };
}

/** Decisions that acted on what was reported; "not a violation" did not, an escalation is not final. */
const acted = new Set(['fold', 'remove', 'warn']);

export type ReporterRecord = { total: number; decided: number; actioned: number; pending: number; accuracy: number | null };

/**
 * A reporter's record from the outcomes of their reports: accuracy is the share of their decided
 * reports that led to action (null until one is decided, rather than a misleading 0 %).
 */
export function reporterRecord(outcomes: readonly (string | null)[]): ReporterRecord {
  let decided = 0;
  let actioned = 0;
  for (const o of outcomes) {
    if (!o || o === 'escalate') continue;
    decided += 1;
    if (acted.has(o)) actioned += 1;
  }
  return { total: outcomes.length, decided, actioned, pending: outcomes.length - decided, accuracy: decided ? actioned / decided : null };
}

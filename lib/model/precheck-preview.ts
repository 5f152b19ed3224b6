import { decide, thresholdsFor, type PrecheckDecision, type PrecheckKind, type PrecheckSettings } from './precheck-settings';

/** Last week's pre-check outcomes, grouped: how many items had this kind, category, score and decision. */
export type OutcomeGroup = { kind: PrecheckKind; categoryId: string | null; score: number; decision: PrecheckDecision; count: number };

export type ThresholdPreview = {
  total: number;
  changed: number;
  /** Counts under the proposed settings, and as they were decided. */
  proposed: Record<PrecheckDecision, number>;
  actual: Record<PrecheckDecision, number>;
};

const zero = (): Record<PrecheckDecision, number> => ({ allow: 0, remind: 0, hold: 0, block: 0 });

/** How many of the recorded items the proposed settings would have decided differently. */
export function previewThresholds(groups: readonly OutcomeGroup[], settings: PrecheckSettings): ThresholdPreview {
  const out: ThresholdPreview = { total: 0, changed: 0, proposed: zero(), actual: zero() };
  for (const g of groups) {
    const next = decide(g.score, thresholdsFor(settings, g.kind, g.categoryId));
    out.total += g.count;
    out.actual[g.decision] = (out.actual[g.decision] ?? 0) + g.count;
    out.proposed[next] += g.count;
    if (next !== g.decision) out.changed += g.count;
  }
  return out;
}

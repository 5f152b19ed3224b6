/**
 * The risk score of a case (notice I.2): a weighted sum of six factors, each first brought to 0–1,
 * so that a moderator can read how much each one added. Weights are points out of 100 and live in
 * the standards (lib/model/precheck-settings.ts), so admins change them with the rest, versioned.
 */
export type TargetKind = 'minor' | 'private_person' | 'public_figure' | 'unknown';

export type RiskInput = {
  /** 1–4 from the published standards; null when no category was chosen. */
  severity: number | null;
  target: TargetKind;
  /** The classifier's violation score of the reported text, 0–1; null without a promoted model. */
  classifierScore: number | null;
  /** Posts and comments by the subject about the target in the last 24 hours. */
  recentPublications: number;
  /** Each distinct reporter's past accuracy, 0–1 (see reporterWeight). */
  reporterWeights: number[];
  inOpenHotIncident: boolean;
};

export const riskFactorNames = ['severity', 'target', 'classifier', 'frequency', 'reports', 'incident'] as const;
export type RiskFactorName = (typeof riskFactorNames)[number];
export type RiskWeights = Record<RiskFactorName, number>;

export const defaultRiskWeights: RiskWeights = { severity: 25, target: 15, classifier: 25, frequency: 10, reports: 15, incident: 10 };

export type RiskFactorContribution = {
  factor: RiskFactorName;
  /** The factor brought to 0–1. */
  value: number;
  weight: number;
  /** value × weight, in points. */
  points: number;
  /** What the value was made from, for the words beside the bar. */
  detail: Record<string, string | number | boolean | null>;
};

export type RiskScore = { score: number; factors: RiskFactorContribution[] };

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

const targetValue: Record<TargetKind, number> = { minor: 1, private_person: 0.6, unknown: 0.5, public_figure: 0.2 };

/** Saturating: the first few count most, twenty or more is the most there is. */
const saturate = (n: number, full: number) => clamp01(Math.log1p(Math.max(0, n)) / Math.log1p(full));

/**
 * A reporter's weight from their past reports: upheld ones count for them, dismissed ones against,
 * with one of each assumed so that a new reporter weighs 0.5 and one report does not decide it.
 */
export function reporterWeight(upheld: number, dismissed: number): number {
  return (1 + Math.max(0, upheld)) / (2 + Math.max(0, upheld) + Math.max(0, dismissed));
}

export function computeRisk(input: RiskInput, weights: RiskWeights = defaultRiskWeights): RiskScore {
  const reportWeight = input.reporterWeights.reduce((sum, w) => sum + clamp01(w), 0);
  const values: Record<RiskFactorName, [number, RiskFactorContribution['detail']]> = {
    severity: [input.severity === null ? 0.25 : clamp01((input.severity - 1) / 3), { severity: input.severity }],
    target: [targetValue[input.target], { target: input.target }],
    classifier: [clamp01(input.classifierScore ?? 0), { score: input.classifierScore === null ? null : round(input.classifierScore, 3) }],
    frequency: [saturate(input.recentPublications, 20), { publications: input.recentPublications }],
    reports: [saturate(reportWeight, 10), { reporters: input.reporterWeights.length, weighted: round(reportWeight, 2) }],
    incident: [input.inOpenHotIncident ? 1 : 0, { inOpenHotIncident: input.inOpenHotIncident }],
  };
  const factors = riskFactorNames.map((factor) => {
    const [value, detail] = values[factor];
    const weight = Math.max(0, weights[factor] ?? 0);
    return { factor, value: round(value, 3), weight, points: round(value * weight, 2), detail };
  });
  const total = factors.reduce((s, f) => s + f.weight, 0);
  // Weights need not add to 100: the score is scaled so that the worst case is always 100.
  const score = total > 0 ? round((factors.reduce((s, f) => s + f.value * f.weight, 0) / total) * 100, 1) : 0;
  return { score, factors };
}

function round(x: number, digits: number) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

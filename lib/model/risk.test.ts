import { describe, expect, it } from 'vitest';
import { computeRisk, defaultRiskWeights, reporterWeight, type RiskInput } from './risk';

const base: RiskInput = { severity: 2, target: 'private_person', classifierScore: 0.5, recentPublications: 0, reporterWeights: [0.5], inOpenHotIncident: false };

describe('risk score', () => {
  it('names every factor with its contribution, and the contributions add up to the score', () => {
    const r = computeRisk(base);
    expect(r.factors.map((f) => f.factor)).toEqual(['severity', 'target', 'classifier', 'frequency', 'reports', 'incident']);
    const sum = r.factors.reduce((s, f) => s + f.points, 0);
    expect(r.score).toBeCloseTo(sum, 0);
  });

  it('is 100 at worst and 0 at best', () => {
    expect(computeRisk({ severity: 4, target: 'minor', classifierScore: 1, recentPublications: 1000, reporterWeights: Array(100).fill(1), inOpenHotIncident: true }).score).toBe(100);
    const none = computeRisk({ severity: 1, target: 'public_figure', classifierScore: 0, recentPublications: 0, reporterWeights: [], inOpenHotIncident: false }, { ...defaultRiskWeights, target: 0 });
    expect(none.score).toBe(0);
  });

  it('rises with each factor on its own', () => {
    const s = computeRisk(base).score;
    expect(computeRisk({ ...base, severity: 4 }).score).toBeGreaterThan(s);
    expect(computeRisk({ ...base, target: 'minor' }).score).toBeGreaterThan(s);
    expect(computeRisk({ ...base, target: 'public_figure' }).score).toBeLessThan(s);
    expect(computeRisk({ ...base, classifierScore: 0.95 }).score).toBeGreaterThan(s);
    expect(computeRisk({ ...base, recentPublications: 12 }).score).toBeGreaterThan(s);
    expect(computeRisk({ ...base, reporterWeights: [0.5, 0.9, 0.8] }).score).toBeGreaterThan(s);
    expect(computeRisk({ ...base, inOpenHotIncident: true }).score).toBeGreaterThan(s);
  });

  it('weighs a reporter whose reports are usually dismissed less than one usually upheld', () => {
    expect(reporterWeight(0, 0)).toBe(0.5);
    expect(reporterWeight(0, 8)).toBeLessThan(0.2);
    expect(reporterWeight(8, 0)).toBeGreaterThan(0.85);
    const careless = computeRisk({ ...base, reporterWeights: [reporterWeight(0, 9), reporterWeight(0, 9)] });
    const careful = computeRisk({ ...base, reporterWeights: [reporterWeight(9, 0), reporterWeight(9, 0)] });
    expect(careful.score).toBeGreaterThan(careless.score);
  });

  it('follows the weights: a zero weight removes the factor', () => {
    const r = computeRisk({ ...base, inOpenHotIncident: true }, { ...defaultRiskWeights, incident: 0 });
    expect(r.factors.find((f) => f.factor === 'incident')!.points).toBe(0);
    expect(r.score).toBe(computeRisk(base, { ...defaultRiskWeights, incident: 0 }).score);
  });

  it('survives nonsense input', () => {
    const r = computeRisk({ ...base, severity: Number.NaN, classifierScore: Number.POSITIVE_INFINITY, recentPublications: -5, reporterWeights: [Number.NaN] });
    expect(Number.isFinite(r.score)).toBe(true);
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
  });
});

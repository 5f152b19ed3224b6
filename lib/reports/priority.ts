/**
 * Queue order, as one number so that the database can walk a single index: cases involving a minor
 * first, then content that may induce self-harm, then by risk (category severity, then distinct
 * reporters). Age breaks ties (older first) and is applied by the queries, not folded in here.
 */
export type PriorityFactors = {
  involvesMinor: boolean;
  selfHarm: boolean;
  /** 1–4, from the category; unknown categories count as 1. */
  severity: number;
  distinctReporters: number;
  /**
   * The case's risk score (0–100, lib/model/risk.ts) once computed: it then orders cases within the
   * minor and self-harm bands instead of severity, with distinct reporters breaking ties.
   */
  risk?: number | null;
};

const MINOR = 1_000_000_000;
const SELF_HARM = 100_000_000;
const SEVERITY = 1_000_000;
const MAX_REPORTERS = 999_999;

export function computePriority(f: PriorityFactors): number {
  const band = (f.involvesMinor ? MINOR : 0) + (f.selfHarm ? SELF_HARM : 0);
  const reporters = Math.min(Math.max(Math.floor(f.distinctReporters), 0), MAX_REPORTERS);
  if (f.risk !== undefined && f.risk !== null && Number.isFinite(f.risk)) {
    // Whole risk points, 0–99, in the place severity takes without one (99 × 1,000,000 + 999,999 stays
    // below the self-harm band), so distinct reporters still read back from the same digits.
    return band + Math.min(Math.max(Math.round(f.risk), 0), 99) * SEVERITY + reporters;
  }
  const severity = Math.min(Math.max(Math.round(f.severity) || 1, 1), 4);
  return band + severity * SEVERITY + reporters;
}

/**
 * The lowest priority within the case's band (minor, self-harm, or neither): where a case only muted
 * reporters filed sinks. It stays above every case of a lower band, so minors still come first.
 */
export function bottomOfBand(priority: number): number {
  return priority - (priority % SELF_HARM);
}

/** Cases involving a minor are due within the hour, whatever their category. */
export const MINOR_DUE_MINUTES = 60;
/** When the reporter chose no category: the shortest sensible default. */
export const DEFAULT_DUE_MINUTES = 24 * 60;

export function computeDueAt(receivedAt: Date, opts: { involvesMinor: boolean; categoryDueMinutes?: number | null }): Date {
  const categoryMinutes = opts.categoryDueMinutes ?? DEFAULT_DUE_MINUTES;
  const minutes = opts.involvesMinor ? Math.min(MINOR_DUE_MINUTES, categoryMinutes) : categoryMinutes;
  return new Date(receivedAt.getTime() + minutes * 60_000);
}

export function isOverdue(dueAt: Date, now: Date = new Date()): boolean {
  return dueAt.getTime() < now.getTime();
}

/**
 * Explains a priority: which factors put the case where it is. For a case with a risk score, `severity`
 * reads back its whole risk points (0–99) instead.
 */
export function explainPriority(priority: number): PriorityFactors {
  return {
    involvesMinor: priority >= MINOR,
    selfHarm: priority % MINOR >= SELF_HARM,
    severity: Math.floor((priority % SELF_HARM) / SEVERITY),
    distinctReporters: priority % SEVERITY,
  };
}

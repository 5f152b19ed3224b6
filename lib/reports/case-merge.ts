import { computePriority } from './priority';

/** The queue fields of a case, as stored and as they become when new reports join it. */
export type CaseFigures = {
  categoryId: string | null;
  involvesMinor: boolean;
  selfHarm: boolean;
  severity: number;
  reportCount: number;
  reporterCount: number;
  dueAt: Date;
  targetAccountId: string | null;
};

/** One new report on a subject, with what its category says. */
export type JoiningReport = {
  reporterAccountId: string;
  involvesMinor: boolean;
  categoryId: string | null;
  /** From the category: severity (1 when none), self-harm flag and list position (ties go to the earlier). */
  severity: number;
  selfHarm: boolean;
  sortOrder: number;
  dueAt: Date;
  targetAccountId: string | null;
};

/**
 * Folds new reports into a case (or into a new one when `existing` is null). `knownReporters` are
 * the new reports' reporters who had already reported this case, so that the count stays one per
 * distinct reporter. The due time only moves earlier; the category is the most severe reported.
 */
export function mergeCase(existing: CaseFigures | null, joining: JoiningReport[], knownReporters: ReadonlySet<string> = new Set()) {
  const base: CaseFigures = existing ?? {
    categoryId: null, involvesMinor: false, selfHarm: false, severity: 1, reportCount: 0, reporterCount: 0,
    dueAt: joining.reduce((min, r) => (r.dueAt < min ? r.dueAt : min), joining[0].dueAt), targetAccountId: null,
  };
  let worst: JoiningReport | undefined;
  for (const r of joining) {
    if (r.categoryId && (!worst || r.severity > worst.severity || (r.severity === worst.severity && r.sortOrder < worst.sortOrder))) worst = r;
  }
  const newReporters = new Set(joining.map((r) => r.reporterAccountId).filter((id) => !knownReporters.has(id)));
  const figures: CaseFigures = {
    categoryId: worst && (!base.categoryId || worst.severity > base.severity) ? worst.categoryId : base.categoryId,
    involvesMinor: base.involvesMinor || joining.some((r) => r.involvesMinor),
    selfHarm: base.selfHarm || joining.some((r) => r.selfHarm),
    severity: Math.max(base.severity, ...joining.map((r) => r.severity)),
    reportCount: base.reportCount + joining.length,
    reporterCount: base.reporterCount + newReporters.size,
    dueAt: joining.reduce((min, r) => (r.dueAt < min ? r.dueAt : min), base.dueAt),
    targetAccountId: base.targetAccountId ?? joining.find((r) => r.targetAccountId)?.targetAccountId ?? null,
  };
  const priority = computePriority({
    involvesMinor: figures.involvesMinor, selfHarm: figures.selfHarm, severity: figures.severity, distinctReporters: figures.reporterCount,
  });
  return { ...figures, priority };
}

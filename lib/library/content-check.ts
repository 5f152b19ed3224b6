/**
 * Checking a text against the published standards' case library (notice III.1, III.3). There is no
 * promoted model (see lib/model/precheck-content.ts for the check with one): a text is intercepted when the nearest accepted violation example is close enough
 * by trigram similarity AND closer than the nearest accepted not-a-violation example. The second
 * condition keeps legitimate criticism that reads like abuse on the side the library put it.
 */
export type NearestExample = { score: number; categoryId: string | null; selfHarm: boolean; id?: string };

export type CheckResult = {
  flagged: boolean;
  /** The nearest violation example's category when flagged, else null. */
  categoryId: string | null;
  selfHarm: boolean;
  /** Similarity of the nearest violation example (null when none was near at all); the model's violation score when a model decided. */
  score: number | null;
  /** The model version that decided, when one did. */
  modelVersion?: string | null;
  /** For a flagged text: the nearest accepted violation example, the explanation a moderator sees. */
  nearestExampleId?: string | null;
};

/** How similar (0–1, pg_trgm) a text must be to a violation example to be intercepted. */
export const FLAG_THRESHOLD = 0.45;
/**
 * Candidates are looked up at the flag threshold itself: a violation example below it cannot flag,
 * and a legitimate example below it is farther than any violation that could. Nearest scores below
 * the threshold are therefore not measured (reported as null); the narrower trigram scan is what
 * lets a live room's bullet comments be checked as they arrive.
 */
export const LOOKUP_THRESHOLD = FLAG_THRESHOLD;

export function decideCheck(violation: NearestExample | null, notViolation: NearestExample | null, threshold = FLAG_THRESHOLD): CheckResult {
  const score = violation?.score ?? null;
  const pass: CheckResult = { flagged: false, categoryId: null, selfHarm: false, score };
  if (!violation || violation.score < threshold) return pass;
  // A tie goes to the legitimate side: staff can still act on a comment the check let through.
  if (notViolation && notViolation.score >= violation.score) return pass;
  return { flagged: true, categoryId: violation.categoryId, selfHarm: violation.selfHarm, score, nearestExampleId: violation.id ?? null };
}

/** What is compared: the text as the platform sends it, width-normalised and cut to its opening. */
export function probeOf(text: string): string {
  return text.normalize('NFKC').trim().slice(0, 300);
}

import type { Executor } from '@/db/client';

/**
 * The seam between the private-message check and the content pre-check (notice II.2: DM text goes
 * through the same pre-check as posts). The recognition model lives on its own branch; whichever
 * lands first, the other only adds its registration line in ./text-checkers.ts. With no checker
 * registered a text is not judged, and the answer says so (`textChecked: false`).
 */
export type TextItem = { id: string; kind: 'dm'; text: string; authorAccountId: string; targetAccountId?: string };
/** What a checker answers per item; the decisions of the pre-check API (remind, hold, block) or allow. */
export type TextVerdict = { id: string; decision: string; categoryId?: string | null; score?: number | null };
export type TextChecker = (db: Executor, items: TextItem[]) => Promise<readonly TextVerdict[]>;

let checker: TextChecker | null = null;

/** Registers the checker DM texts go through; the previous one is replaced. Returns how to undo it. */
export function registerTextChecker(next: TextChecker | null): () => void {
  const before = checker;
  checker = next;
  return () => { checker = before; };
}

export type TextResult =
  | { checked: false }
  | { checked: true; decision: 'allow' | 'limit' | 'deny'; verdict: string; categoryId: string | null; score: number | null };

// block: the clearest violations, never delivered; hold: kept for human review, so not delivered now.
const decisionOf = (verdict: string): 'allow' | 'limit' | 'deny' => (verdict === 'block' ? 'deny' : verdict === 'hold' ? 'limit' : 'allow');

export async function checkText(db: Executor, item: TextItem): Promise<TextResult> {
  if (!checker) return { checked: false };
  const [verdict] = await checker(db, [item]);
  if (!verdict) return { checked: false };
  return { checked: true, decision: decisionOf(verdict.decision), verdict: verdict.decision, categoryId: verdict.categoryId ?? null, score: verdict.score ?? null };
}

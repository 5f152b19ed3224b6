import type { CommentActionKind, CommentFilter, CommentState } from '@/db/schema';

/**
 * Bulk actions on a comment section: which comments a filter may select, what state the action
 * leaves them in, and what undoing it puts back. Pure, so the rules are tested without a database.
 */
export type Selection = { categoryId: string | null; q: string | null };

/** A filter from the page's query string: blank means "any", the search is trimmed and bounded. */
export function selectionOf(input: { category?: string | null; q?: string | null }): Selection {
  const categoryId = input.category?.trim() || null;
  const q = input.q?.trim().slice(0, 200) || null;
  return { categoryId, q };
}

/** A bulk action needs a category or a search: "every comment under the post" is never one click. */
export function isActionable(s: Selection): boolean {
  return Boolean(s.categoryId || s.q);
}

/** The states a bulk action may change: folding leaves removed comments alone; removing takes folded ones too. */
export function statesActedOn(kind: CommentActionKind): CommentState[] {
  return kind === 'fold' ? ['visible'] : ['visible', 'folded'];
}

export function stateAfter(kind: CommentActionKind): CommentState {
  return kind === 'fold' ? 'folded' : 'removed';
}

export function storedFilter(s: Selection): CommentFilter {
  return { categoryId: s.categoryId, q: s.q };
}

/** Outbox topics for what the platform must do with the comments. */
export function topicOf(kind: CommentActionKind | 'restore'): string {
  return kind === 'fold' ? 'comments.folded' : kind === 'remove' ? 'comments.removed' : 'comments.restored';
}

export type UndoItem = { commentId: string; stateBefore: CommentState };
export type CurrentComment = { id: string; state: CommentState; stateActionId: string | null };

/**
 * Undo puts back exactly the comments the action changed, and only those that still carry it: a
 * comment a later action removed stays as that later action left it (undo that one first).
 */
export function undoPlan(actionId: string, items: readonly UndoItem[], current: readonly CurrentComment[]): UndoItem[] {
  const now = new Map(current.map((c) => [c.id, c]));
  return items.filter((i) => now.get(i.commentId)?.stateActionId === actionId);
}

/** ILIKE pattern matching `q` literally anywhere in the text. */
export function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

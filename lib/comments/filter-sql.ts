import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { comments, type CommentState } from '@/db/schema';
import { containsPattern, type Selection } from './selection';

/** The comments under one post a selection picks, in the given states. */
export function selectionWhere(postId: string, s: Selection, states?: readonly CommentState[]): SQL {
  const parts: SQL[] = [eq(comments.postId, postId)];
  if (s.categoryId) parts.push(eq(comments.categoryId, s.categoryId));
  if (s.q) parts.push(sql`${comments.text} ilike ${containsPattern(s.q)}`);
  if (states?.length) parts.push(inArray(comments.state, [...states]));
  return and(...parts)!;
}

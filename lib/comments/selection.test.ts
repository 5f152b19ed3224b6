import { describe, expect, it } from 'vitest';
import { containsPattern, isActionable, selectionOf, stateAfter, statesActedOn, topicOf, undoPlan } from './selection';

describe('bulk selection', () => {
  it('reads blank fields as any and trims the search', () => {
    expect(selectionOf({ category: '', q: '  滚出网络 ' })).toEqual({ categoryId: null, q: '滚出网络' });
    expect(selectionOf({})).toEqual({ categoryId: null, q: null });
  });
  it('needs a category or a search before acting', () => {
    expect(isActionable({ categoryId: null, q: null })).toBe(false);
    expect(isActionable({ categoryId: 'insult', q: null })).toBe(true);
    expect(isActionable({ categoryId: null, q: 'x' })).toBe(true);
  });
  it('folds visible comments, removes visible and folded ones', () => {
    expect(statesActedOn('fold')).toEqual(['visible']);
    expect(statesActedOn('remove')).toEqual(['visible', 'folded']);
    expect(stateAfter('fold')).toBe('folded');
    expect(stateAfter('remove')).toBe('removed');
    expect([topicOf('fold'), topicOf('remove'), topicOf('restore')]).toEqual(['comments.folded', 'comments.removed', 'comments.restored']);
  });
  it('escapes LIKE wildcards so a search matches literally', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });
});

describe('undo', () => {
  it('restores exactly the comments the action changed and that still carry it', () => {
    const items = [{ commentId: 'a', stateBefore: 'visible' as const }, { commentId: 'b', stateBefore: 'folded' as const }, { commentId: 'c', stateBefore: 'visible' as const }];
    const current = [
      { id: 'a', state: 'removed' as const, stateActionId: 'act' },
      { id: 'b', state: 'removed' as const, stateActionId: 'act' },
      // A later action removed c: it stays removed until that action is undone.
      { id: 'c', state: 'removed' as const, stateActionId: 'later' },
      { id: 'd', state: 'removed' as const, stateActionId: 'act' },
    ];
    expect(undoPlan('act', items, current)).toEqual(items.slice(0, 2));
  });
});

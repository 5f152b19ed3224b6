import { describe, expect, it } from 'vitest';
import { defaultTemplates, placeholdersOf, renderTemplate, templateKinds, templateLocales, templateProblems } from './render';

describe('renderTemplate', () => {
  it('fills each placeholder and leaves the rest of the text as it is', () => {
    expect(renderTemplate('@{handle}: {category} until {until} ({caseShortId})', { handle: 'li', category: 'Insult', until: '2026-03-01 14:30', caseShortId: '58f1b473' }))
      .toBe('@li: Insult until 2026-03-01 14:30 (58f1b473)');
  });

  it('inserts values as plain text, never markup or further placeholders', () => {
    expect(renderTemplate('Hi {handle}', { handle: '<b>x</b>{category}' })).toBe('Hi <b>x</b>{category}');
    expect(renderTemplate('Hi {handle}', { handle: 'a\u0000b' })).toBe('Hi ab');
  });

  it('renders a missing value as nothing', () => {
    expect(renderTemplate('[{until}]', {})).toBe('[]');
  });
});

describe('templateProblems', () => {
  it('accepts every built-in default', () => {
    for (const kind of templateKinds) for (const locale of templateLocales) expect(templateProblems(kind, defaultTemplates[kind][locale])).toEqual([]);
  });

  it('names an unknown placeholder, and one the kind cannot fill', () => {
    expect(templateProblems('warning', 'Hi {name}')).toEqual([{ code: 'unknown_placeholder', detail: '{name}' }]);
    expect(placeholdersOf.appeal_upheld).not.toContain('until');
    expect(templateProblems('appeal_upheld', 'until {until}')).toEqual([{ code: 'unknown_placeholder', detail: '{until}' }]);
  });

  it('refuses an empty body, a stray brace and an overlong body', () => {
    expect(templateProblems('warning', '  ').map((p) => p.code)).toContain('empty');
    expect(templateProblems('warning', 'Hi {handle')).toEqual([{ code: 'unbalanced_braces' }]);
    expect(templateProblems('warning', 'x'.repeat(1001)).map((p) => p.code)).toEqual(['too_long']);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseName, patternProblem, refusingRule, ruleMatches, type NameRule } from './name-rules';

const now = new Date('2026-03-01T12:00:00Z');
const later = new Date('2026-03-08T12:00:00Z');
const rule = (over: Partial<NameRule>): NameRule => ({ id: 'r1', pattern: 'x', match: 'substring', kinds: null, until: later, ...over });

describe('name rules', () => {
  it('matches Chinese as a substring', () => {
    expect(ruleMatches(rule({ pattern: '林晓雨' }), '#林晓雨滚出网络#')).toBe(true);
    expect(ruleMatches(rule({ pattern: '林晓雨' }), '林小雨粉丝团')).toBe(false);
  });

  it('matches English case-insensitively and folds full-width forms', () => {
    expect(ruleMatches(rule({ pattern: 'Emma Walsh' }), '#EMMA  WALSH exposed')).toBe(true);
    expect(ruleMatches(rule({ pattern: 'emma walsh' }), 'ｅｍｍａ ｗａｌｓｈ 真相')).toBe(true);
    expect(normaliseName('  ＡＢＣ１２３ ')).toBe('abc123');
  });

  it('globs match the whole name with * and ?', () => {
    const g = rule({ pattern: '*walsh*exposed', match: 'glob' });
    expect(ruleMatches(g, '#EmmaWalshExposed')).toBe(true);
    expect(ruleMatches(g, 'EmmaWalshExposed again')).toBe(false);
    expect(ruleMatches(rule({ pattern: '林?雨*', match: 'glob' }), '林晓雨吃瓜群')).toBe(true);
    // Regular-expression syntax is literal text, never a pattern.
    expect(ruleMatches(rule({ pattern: '(a+)+b', match: 'glob' }), 'aaaa')).toBe(false);
    expect(ruleMatches(rule({ pattern: '(a+)+b', match: 'glob' }), '(a+)+b')).toBe(true);
  });

  it('refuses patterns that are too short, too long or too broad', () => {
    expect(patternProblem('a', 'substring')).toBe('pattern_too_short');
    expect(patternProblem('x'.repeat(101), 'substring')).toBe('pattern_too_long');
    expect(patternProblem('**a', 'glob')).toBe('pattern_too_broad');
    expect(patternProblem('a*b*c*d*e*f*g*h*i*j', 'glob')).toBe('pattern_too_many_wildcards');
    expect(patternProblem('林晓雨', 'substring')).toBeNull();
  });

  it('applies only while in force, and only to the kinds named', () => {
    const rules = [rule({ id: 'zh', pattern: '林晓雨', kinds: ['topic', 'group'] })];
    expect(refusingRule(rules, 'topic', '林晓雨后援会', now)?.id).toBe('zh');
    expect(refusingRule(rules, 'board', '林晓雨后援会', now)).toBeNull();
    expect(refusingRule(rules, 'topic', '林晓雨后援会', new Date(later.getTime() + 1))).toBeNull();
    expect(refusingRule([{ ...rules[0], revokedAt: now }], 'topic', '林晓雨', now)).toBeNull();
  });

  it('answers with the rule lasting longest when several match', () => {
    const rules = [rule({ id: 'short', pattern: 'walsh' }), rule({ id: 'long', pattern: 'emma', until: new Date(later.getTime() + 86_400_000) })];
    expect(refusingRule(rules, 'group', 'Emma Walsh fans', now)?.id).toBe('long');
  });
});

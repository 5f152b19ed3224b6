import { describe, expect, it } from 'vitest';
import { caseIdRange, shortCaseId } from './short-id';

describe('case ids as people type them', () => {
  const id = '58f1b473-0c1d-4e5f-8a9b-0123456789ab';
  it('a whole id is itself', () => expect(caseIdRange(` ${id.toUpperCase()} `)).toEqual({ from: id, to: id }));
  it('the short id spans every id that starts with it', () => {
    expect(caseIdRange(shortCaseId(id))).toEqual({ from: '58f1b473-0000-0000-0000-000000000000', to: '58f1b473-ffff-ffff-ffff-ffffffffffff' });
  });
  it('a longer prefix narrows the range, hyphens or not', () => {
    expect(caseIdRange('58f1b4730c1d')).toEqual({ from: '58f1b473-0c1d-0000-0000-000000000000', to: '58f1b473-0c1d-ffff-ffff-ffffffffffff' });
    expect(caseIdRange('58f1b473-0c1d')).toEqual(caseIdRange('58f1b4730c1d'));
  });
  it('anything else is not a case id', () => {
    for (const typed of ['', '58f1b47', 'zzzzzzzz', "58f1b473'; drop", '58f1b473-0c1d-4e5f-8a9b-0123456789abc']) expect(caseIdRange(typed)).toBeNull();
  });
});

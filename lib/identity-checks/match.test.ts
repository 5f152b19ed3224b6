import { describe, expect, it } from 'vitest';
import { foldName, renameMatches } from './match';

const party = (accountId: string, displayName: string, handle: string, role: 'targeted_person' | 'related_institution' = 'targeted_person') =>
  ({ accountId, displayName, handle, role, isMinor: false });

const hot = [
  { incidentId: 'i1', status: 'active' as const, parties: [party('p1', '王芳', '@wangfang'), party('p2', '海港市第一医院', '@harbour_hospital', 'related_institution')] },
  { incidentId: 'i2', status: 'watching' as const, parties: [party('p3', 'Emma Walsh', '@emmawalsh'), party('p4', 'Lee', '@lee')] },
];
const renamed = (handle: string, displayName: string, accountId = 'x1') => renameMatches({ accountId, handle, displayName }, hot);

describe('foldName', () => {
  it('folds full-width forms, case, spaces and punctuation', () => {
    expect(foldName('ＥＭＭＡ·Walsh_ ！')).toBe('emmawalsh');
    expect(foldName(' 王 芳。')).toBe('王芳');
    expect(foldName('@Harbour_Hospital')).toBe('harbourhospital');
  });
});

describe('renameMatches', () => {
  it('finds a Chinese party name inside a longer new name', () => {
    const [m] = renamed('fan123', '王芳官方');
    expect(m).toMatchObject({ incidentId: 'i1', matchedName: '王芳', party: { accountId: 'p1' } });
    expect(renamed('x', '海港市第一医院发布')[0]).toMatchObject({ matchedName: '海港市第一医院', party: { role: 'related_institution' } });
  });

  it('matches English case-insensitively, ignoring spaces, punctuation and full width', () => {
    expect(renamed('@EMMA_WALSH_real', 'fan')[0]).toMatchObject({ incidentId: 'i2', party: { accountId: 'p3' } });
    expect(renamed('z', 'ｅｍｍａ　ｗａｌｓｈ')[0]?.incidentId).toBe('i2');
    expect(renamed('harbour-hospital', 'news')[0]?.incidentId).toBe('i1');
  });

  it('matches a short name only when the whole name is that name', () => {
    expect(renamed('fleeing', 'Fleeing Lens')).toEqual([]);
    expect(renamed('@LEE', 'x')[0]?.party.accountId).toBe('p4');
  });

  it('does not flag the party renaming to their own name', () => {
    expect(renamed('wangfang', '王芳', 'p1')).toEqual([]);
  });

  it('ignores closed incidents and unrelated names, and reports each incident once', () => {
    expect(renameMatches({ accountId: 'x', handle: 'wangfang', displayName: '王芳' }, [{ ...hot[0], status: 'closed' }])).toEqual([]);
    expect(renamed('cat_lover', '猫咪日常')).toEqual([]);
    expect(renamed('wangfang', '王芳 海港市第一医院')).toHaveLength(1);
  });
});

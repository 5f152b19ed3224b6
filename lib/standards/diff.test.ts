import { describe, expect, it } from 'vitest';
import { diffText, sideBySide, tokenize } from './diff';

const join = (parts: { text: string }[]) => parts.map((p) => p.text).join('');
const ops = (parts: { op: string; text: string }[]) => parts.filter((p) => p.op !== 'equal').map((p) => `${p.op}:${p.text}`);

describe('tokenize', () => {
  it('keeps English words whole and splits Chinese into characters', () => {
    expect(tokenize('Public figure’s conduct, 舆论监督!')).toEqual(['Public', ' ', 'figure’s', ' ', 'conduct', ',', ' ', '舆', '论', '监', '督', '!']);
  });
  it('treats newlines as their own tokens and loses nothing', () => {
    const text = 'line one\n\n第二行 mixed中文text\n';
    expect(tokenize(text).join('')).toBe(text);
    expect(tokenize('a\nb')).toEqual(['a', '\n', 'b']);
  });
});

describe('diffText', () => {
  it('marks only the changed English words', () => {
    const parts = diffText('Criticism of conduct stays up.', 'Sharp criticism of conduct stays up.');
    expect(ops(parts)).toEqual(['delete:Criticism', 'insert:Sharp criticism']);
  });

  it('marks the changed Chinese characters, not the whole sentence', () => {
    const parts = diffText('批评干部的言行属于舆论监督。', '批评公职人员的言行属于舆论监督。');
    expect(ops(parts)).toEqual(['delete:干部', 'insert:公职人员']);
    expect(parts[0]).toEqual({ op: 'equal', text: '批评' });
  });

  it('keeps unchanged lines whole and diffs inside the changed line', () => {
    const before = 'Slurs aimed at a person\nRepeated abuse\nInsults about appearance';
    const after = 'Slurs aimed at a person\nRepeated abuse across posts\nInsults about appearance';
    const parts = diffText(before, after);
    expect(parts[0]).toEqual({ op: 'equal', text: 'Slurs aimed at a person\nRepeated abuse' });
    expect(ops(parts)).toEqual(['insert: across posts']);
  });

  it('shows added and removed lines', () => {
    expect(ops(diffText('a\nb\n', 'a\nc\nb\n'))).toEqual(['insert:c\n']);
    expect(ops(diffText('a\nb\n', 'b\n'))).toEqual(['delete:a\n']);
  });

  it('handles empty texts on either side', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', '新')).toEqual([{ op: 'insert', text: '新' }]);
    expect(diffText('old', '')).toEqual([{ op: 'delete', text: 'old' }]);
  });

  it('rebuilds both texts from the two sides', () => {
    const before = '编造的“内幕”在事件后传播。Claims with no source.\n多个账号逐字复制';
    const after = '捏造的“内幕”在事件发生后迅速传播。Claims with no named source.\n多个账号复制';
    const { left, right } = sideBySide(diffText(before, after));
    expect(join(left)).toBe(before);
    expect(join(right)).toBe(after);
  });

  it('falls back to remove-then-add for very large changed blocks', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `甲${i}`).join('');
    const after = Array.from({ length: 3000 }, (_, i) => `乙${i}`).join('');
    const { left, right } = sideBySide(diffText(before, after));
    expect(join(left)).toBe(before);
    expect(join(right)).toBe(after);
  });
});

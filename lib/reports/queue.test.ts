import { describe, expect, it } from 'vitest';
import { toPreview } from './queue';

describe('queue previews', () => {
  it('collapses whitespace and cuts long text with an ellipsis', () => {
    expect(toPreview('  a\n\n b\tc  ')).toBe('a b c');
    const long = toPreview('字'.repeat(500));
    expect(long).toHaveLength(160);
    expect(long.endsWith('…')).toBe(true);
    expect(toPreview(null)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { draftTemplate, measureLines } from './template';

describe('disclosure template', () => {
  it('lists the measures taken, leaving out those at zero, in both languages', () => {
    const m = { casesLinked: 4, contentFolded: 0, contentRemoved: 3 };
    expect(measureLines(m, 'en')).toEqual(['- 4 reports handled', '- 3 items of content removed']);
    expect(measureLines(m, 'zh')).toEqual(['- 处理举报：4', '- 删除内容：3']);
    expect(draftTemplate(m).bodyEn).toContain('- 3 items of content removed');
  });

  it('names a measure it has no words for by its key, so a new source still shows', () => {
    expect(measureLines({ sectionsDispersed: 2 }, 'en')).toEqual(['- 2 sectionsDispersed']);
  });
});

import { describe, expect, it } from 'vitest';
import { draftTemplate, measureLabels, measureLines } from './template';
import incidentsEn from '@/lib/i18n/messages/en/incidents.json';

describe('disclosure template', () => {
  it('lists the measures taken, leaving out those at zero, in both languages', () => {
    const m = { casesLinked: 4, contentFolded: 0, contentRemoved: 3 };
    expect(measureLines(m, 'en')).toEqual(['- 4 reports handled', '- 3 items of content removed']);
    expect(measureLines(m, 'zh')).toEqual(['- 处理举报：4', '- 删除内容：3']);
    expect(draftTemplate(m).bodyEn).toContain('- 3 items of content removed');
  });

  it('names a measure it has no words for by its key, so a new source still shows', () => {
    expect(measureLines({ somethingNew: 2 }, 'en')).toEqual(['- 2 somethingNew']);
  });

  it('has public wording for every measure the incident page shows', () => {
    const shown = Object.keys(incidentsEn.measures).filter((k) => k !== 'title');
    expect(shown.filter((k) => !(k in measureLabels))).toEqual([]);
    expect(measureLines({ sectionsDispersed: 2, referrals: 1 }, 'zh')).toEqual(['- 处置话题、群组和版块：2', '- 移送公安机关：1']);
  });
});

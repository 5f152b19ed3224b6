import { describe, expect, it } from 'vitest';
import { mentions } from './mentions';

describe('mentions', () => {
  it('finds Chinese terms as substrings, with no word boundaries', () => {
    expect(mentions('看看林晓雨这张脸', ['林晓雨', '王梓涵'])).toEqual(['林晓雨']);
    expect(mentions('#林晓雨滚出网络#', ['林晓雨'])).toEqual(['林晓雨']);
  });

  it('finds English terms case-insensitively as whole words', () => {
    expect(mentions('lmao EMMA walsh is so ugly', ['Emma Walsh'])).toEqual(['Emma Walsh']);
    expect(mentions('he was fleeing the scene', ['Lee'])).toEqual([]);
    expect(mentions('Jordan Lee, again', ['Lee'])).toEqual(['Lee']);
  });

  it('matches hashtags and terms with punctuation literally', () => {
    expect(mentions('trending: #JusticeForEmma now', ['#JusticeForEmma'])).toEqual(['#JusticeForEmma']);
    expect(mentions('a+b (c)', ['a+b'])).toEqual(['a+b']);
  });

  it('ignores blank terms and does not repeat a term', () => {
    expect(mentions('anything', ['', '  '])).toEqual([]);
    expect(mentions('Emma and emma', ['Emma', 'Emma'])).toEqual(['Emma']);
  });

  it('matches mixed-script terms containing Chinese as substrings', () => {
    expect(mentions('这是林晓雨Vlog第一期', ['林晓雨Vlog'])).toEqual(['林晓雨Vlog']);
  });
});

import { describe, expect, it } from 'vitest';
import { decodeLibraryCursor, encodeLibraryCursor, filtersFromParams, likePattern, normaliseQuery, queryGrams, usesTrigrams, variantGrams } from './search-query';
import { parseTags } from './tags';
import { detectLanguage } from './language';

describe('search query', () => {
  it('folds full-width forms, joins spaces and trims', () => {
    expect(normaliseQuery('  ＡＢＣ　 官员\t滥用 ')).toBe('ABC 官员 滥用');
    expect(normaliseQuery(undefined)).toBe('');
  });

  it('takes %, _ and backslash literally in the ILIKE pattern', () => {
    expect(likePattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });

  it('uses the trigram index only when a run of three letters exists', () => {
    expect(usesTrigrams('官员')).toBe(false);
    expect(usesTrigrams('官 员 好')).toBe(false);
    expect(usesTrigrams('滥用职权')).toBe(true);
    expect(usesTrigrams('is a fraud')).toBe(true);
  });

  it('asks the gram index for a lone character itself and for the adjacent pairs of longer runs', () => {
    expect(queryGrams('狗')).toEqual(['狗']);
    expect(queryGrams('女权')).toEqual(['女权']);
    expect(queryGrams('滥用职权')).toEqual(['滥用', '用职', '职权']);
    expect(queryGrams('CEO说谎 狗')).toEqual(['说谎', '狗']);
    expect(queryGrams('ceo lied')).toEqual([]);
  });

  it('reads filters from the URL, dropping invalid ones and defaulting to accepted examples', () => {
    expect(filtersFromParams({ q: ' 官员 ', verdict: 'violation', language: '', tag: 'Pile-on' }))
      .toEqual({ q: '官员', verdict: 'violation', tag: 'Pile-on', status: 'accepted' });
    expect(filtersFromParams({ q: 'x', verdict: 'bogus' })).toEqual({ q: 'x', status: 'accepted' });
  });

  it('splits tags on commas and 、, unique and lower-cased', () => {
    expect(parseTags('Official, 官员、official,, doxxing')).toEqual(['official', '官员', 'doxxing']);
  });

  it('round-trips a keyset cursor and rejects anything else', () => {
    const c = { createdAt: '2026-01-02 03:04:05.123456+00', id: '0b6c3f4e-1d2a-4c5b-8e9f-0a1b2c3d4e5f' };
    expect(decodeLibraryCursor(encodeLibraryCursor(c))).toEqual(c);
    expect(decodeLibraryCursor('garbage')).toBeNull();
  });
});

describe('detectLanguage', () => {
  it('tells Chinese, English and mixed text apart', () => {
    expect(detectLanguage('你这个人真是无可救药')).toBe('zh');
    expect(detectLanguage('The mayor misused public funds')).toBe('en');
    expect(detectLanguage('这个 CEO 的 decision 太 stupid 了 honestly')).toBe('mixed');
  });
});

describe('variantGrams', () => {
  it('reads the query as the recognition model does', () => {
    expect(variantGrams('傻-逼')).toEqual(['傻逼']);
    expect(variantGrams('sb')).toEqual(['傻逼']);
    expect(variantGrams('滾')).toEqual(['滚']);
  });
  it('keeps a lone Latin word and drops a Latin phrase, whose short words the grams lack', () => {
    expect(variantGrams('sh1t')).toEqual(['shit']);
    expect(variantGrams('pile-on')).toEqual([]);
  });
});

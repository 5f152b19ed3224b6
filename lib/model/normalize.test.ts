import { describe, expect, it } from 'vitest';
import { CHINESE_SUBSTITUTIONS, LATIN_SUBSTITUTIONS, normalizeText } from './normalize';

describe('normalizeText: evasions of 傻逼 all read as 傻逼', () => {
  const variants = [
    '傻逼', '傻-逼', '傻🙂逼', '傻 逼', '傻　逼', '傻\t逼', '傻.逼', '傻*逼', '傻\u200b逼', '傻\u200d逼', '傻\u0000逼',
    '傻傻傻逼', '傻逼逼逼', '傻 傻 逼', '煞笔', '沙比', '傻比', '傻叉', '傻b', '傻B', '傻Ｂ', '傻x',
    'sb', 'SB', 'Sb', 'ＳＢ', 's b', 'S.B', 's-b', 's_b', 'sha bi', 'shabi', 'SHA BI', '傻屄', '煞🤡笔',
  ];
  for (const v of variants) it(JSON.stringify(v), () => expect(normalizeText(v)).toBe('傻逼'));

  it('inside a sentence', () => {
    const plain = normalizeText('你是傻逼吗');
    for (const v of ['你是SB吗', '你是 s b 吗', '你 是 傻-逼 吗？', '你是煞笔吗！！！', '妳是傻b嗎', '你是傻🙂逼吗', '你是ｓｂ吗']) {
      expect(normalizeText(v), v).toBe(plain);
    }
  });
});

describe('normalizeText: the other folds', () => {
  it('traditional to simplified (Taiwan and Hong Kong forms too)', () => {
    expect(normalizeText('網絡上的臺灣人說話')).toBe('网络上的台湾人说话');
    expect(normalizeText('你們這些垃圾')).toBe(normalizeText('你们这些垃圾'));
  });

  it('full width, case, accents', () => {
    expect(normalizeText('Ｈｅｌｌｏ　Ｗｏｒｌｄ')).toBe('hello world');
    expect(normalizeText('ÌDIOT')).toBe('idiot');
    expect(normalizeText('ｶﾀｶﾅ')).toBe('カタカナ');
  });

  it('leetspeak in words that hold a letter, but not plain numbers', () => {
    expect(normalizeText('sh1t h3ad')).toBe('shit head');
    expect(normalizeText('a$$h0le')).toBe('asshole');
    expect(normalizeText('2024年 100000元')).toBe('2024年100000元');
  });

  it('letters spelled apart join; words stay words', () => {
    expect(normalizeText('f.u.c.k you')).toBe('fuck you');
    expect(normalizeText('F U C K')).toBe('fuck');
    expect(normalizeText('i am a man')).toBe('i am a man');
  });

  it('repeats: a Chinese character once, a Latin letter thrice or more once', () => {
    expect(normalizeText('哈哈哈哈哈哈')).toBe('哈');
    expect(normalizeText('去死去死')).toBe('去死去死');
    expect(normalizeText('fuuuuuck')).toBe('fuck');
    expect(normalizeText('good food')).toBe('good food');
  });

  it('abbreviations only as whole words', () => {
    expect(normalizeText('nmsl')).toBe('你妈死了');
    expect(normalizeText('TMD 真烦')).toBe('他妈的真烦');
    expect(normalizeText('cao ni ma')).toBe('操你妈');
    expect(normalizeText('usb nba nbc')).toBe('usb nba nbc');
  });

  it('every table entry maps to its word', () => {
    for (const [from, to] of LATIN_SUBSTITUTIONS) expect(normalizeText(from), from).toBe(normalizeText(to));
    for (const [from, to] of Object.entries(CHINESE_SUBSTITUTIONS)) expect(normalizeText(from), from).toBe(normalizeText(to));
  });

  it('separators vanish between Chinese characters and become one space between Latin words', () => {
    expect(normalizeText('你好，世界！ hello,,, world!!')).toBe('你好世界hello world');
  });

  it('is idempotent', () => {
    for (const s of ['你是SB吗', 'f.u.c.k you', '網絡上 hello 123', 'a b c', '哈哈 sb 哈哈', 'x傻x']) {
      expect(normalizeText(normalizeText(s)), s).toBe(normalizeText(s));
    }
  });
});

describe('normalizeText on hostile input', () => {
  it('empty, NUL, lone surrogates, only emoji, control characters', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText('\u0000\u0000')).toBe('');
    expect(normalizeText('\ud800')).toBe('');
    expect(normalizeText('\udc00傻\ud800逼\udbff')).toBe('傻逼');
    expect(normalizeText('😀🙂🤡')).toBe('');
    expect(normalizeText('ab\u202e\u0007\u001bcd')).toBe('ab cd');
    expect(normalizeText('𠀀𠀀字')).toBe('𠀀字');
  });

  it('100,000 characters of every kind', () => {
    const pieces = ['傻', '🙂', '\u0000', '\ud800', 'a', ' ', 's', 'b', '網', '\udc00', 'Ｂ', '1', '@'];
    const big = Array.from({ length: 100_000 }, (_, i) => pieces[(i * 7919) % pieces.length]).join('').slice(0, 100_000);
    const out = normalizeText(big);
    expect(typeof out).toBe('string');
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThanOrEqual(200_000);
    expect(out.toWellFormed()).toBe(out);
    expect(normalizeText('傻'.repeat(100_000))).toBe('傻');
    expect(normalizeText('s b '.repeat(25_000)).length).toBeLessThanOrEqual(100_000);
  });
});

import { Converter } from 'opencc-js/t2cn';

/**
 * The evasion-defeating normalisation every text goes through before features are taken, in training
 * and in classification alike, so that 傻-逼, 傻🙂逼, 傻 逼, 傻傻傻逼, 煞笔, sb, S.B, ＳＢ and 傻逼 all become 傻逼.
 *
 * Steps, in order:
 * 1. lone surrogates become U+FFFD (never a throw on hostile input);
 * 2. NFKD, combining marks dropped, NFC: full/half width and compatibility forms fold (ＳＢ → sb,
 *    ｶ → カ), accents go (ìdiot → idiot);
 * 3. lower case;
 * 4. traditional → simplified, character by character, through a table built once from opencc-js
 *    (Taiwan and Hong Kong variants included);
 * 5. everything that is not a letter or a digit (punctuation, spaces, emoji, symbols, control and
 *    format characters such as NUL or zero-width joiners) is a separator: separators between Chinese
 *    characters vanish, between Latin words they become one space;
 * 6. Latin words: single letters spelled apart (s b, f.u.c.k) are joined; leetspeak digits and @ $ in
 *    words that hold a letter become letters (sh1t → shit); the abbreviations and pinyin of
 *    {@link LATIN_SUBSTITUTIONS} become their Chinese words (sb → 傻逼, nmsl → 你妈死了); a lone b or x
 *    after a Chinese character is 逼 (傻b, 装b);
 * 7. the homophones of {@link CHINESE_SUBSTITUTIONS} become the word they stand for (煞笔 → 傻逼);
 * 8. repeats collapse: a Chinese character repeated stands once (傻傻傻逼 → 傻逼, 哈哈哈 → 哈), a Latin
 *    letter three or more times stands once (fuuuck → fuck, while good stays good); digits stay.
 */
export function normalizeText(input: string): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  // Most texts are plain Chinese, ASCII and full-width ASCII, which the loop below folds itself.
  const text = (NEEDS_UNICODE_FOLDING.test(input)
    ? input.toWellFormed().normalize('NFKD').replace(MARKS, '').normalize('NFC')
    : input).toLowerCase();
  const simplified = simplifiedTable();
  const out = new Output();
  const run: string[] = []; // Latin words since the last Chinese character
  let word = '';
  let wordHasLetter = false;
  let spelledApart = 0; // how many single letters the last word of the run was joined from
  const endWord = () => {
    if (!word) return;
    let w = word;
    if (wordHasLetter && /[0-9@$]/.test(w)) w = w.replace(/[013457@$]/g, (c) => LEET[c]);
    else if (!wordHasLetter) w = w.replace(/[@$]/g, '');
    if (w) {
      const last = run.length - 1;
      // Letters spelled apart (s b, f.u.c.k) join into one word.
      if (w.length === 1 && isLetter(w) && last >= 0 && isLetter(run[last].slice(-1)) && run[last].length === spelledApart) {
        run[last] += w; spelledApart++;
      } else { run.push(w); spelledApart = w.length === 1 && isLetter(w) ? 1 : 0; }
    }
    word = ''; wordHasLetter = false;
  };
  const endRun = () => { endWord(); if (run.length) { emitLatin(run, out); run.length = 0; spelledApart = 0; } };
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
    } else if (cp >= 0xff01 && cp <= 0xff5e) {
      cp -= 0xfee0; // full-width ASCII, as NFKC would fold it
      if (cp >= 0x41 && cp <= 0x5a) cp += 0x20;
    }
    if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) {
      word += String.fromCharCode(cp);
      if (cp >= 0x61) wordHasLetter = true;
    } else if ((cp === 0x40 || cp === 0x24) && word) {
      word += String.fromCharCode(cp); // @ and $ inside a word are leetspeak (@ss, a$$); elsewhere separators
    } else if (isHan(cp)) {
      endRun();
      out.han(cp < 0x10000 && simplified[cp] ? simplified[cp] : cp);
    } else if (cp > 0x7f && OTHER_WORD_CHARACTER.test(String.fromCodePoint(cp))) {
      word += String.fromCodePoint(cp); wordHasLetter = true;
    } else {
      endWord(); // a separator: between Chinese characters it simply vanishes
    }
  }
  endRun();
  let result = out.toString();
  CHINESE_PATTERN.lastIndex = 0;
  if (CHINESE_PATTERN.test(result)) {
    result = result.replace(CHINESE_PATTERN, (m) => CHINESE_SUBSTITUTIONS[m]);
    const again = new Output();
    for (const ch of result) { const cp = ch.codePointAt(0)!; if (isHan(cp)) again.han(cp); else again.other(cp); }
    result = again.toString();
  }
  return result;
}

const isLetter = (ch: string) => ch >= 'a' && ch <= 'z';

/** Code points of the normalised text; a Chinese character repeated is written once. */
class Output {
  private codes: number[] = [];
  private lastHan = -1;
  han(cp: number) {
    if (cp === this.lastHan) return;
    this.codes.push(cp); this.lastHan = cp;
  }
  other(cp: number) { this.codes.push(cp); this.lastHan = -1; }
  text(s: string) { for (const ch of s) { const cp = ch.codePointAt(0)!; if (isHan(cp)) this.han(cp); else this.other(cp); } }
  endsWithHan() { return this.lastHan !== -1; }
  endsWithLatin() { const c = this.codes[this.codes.length - 1]; return c !== undefined && !isHan(c); }
  toString() {
    let s = '';
    for (let i = 0; i < this.codes.length; i += 4096) s += String.fromCodePoint(...this.codes.slice(i, i + 4096));
    return s;
  }
}

/** A run of Latin words between Chinese characters: pinyin spans, abbreviations, lone b/x, repeated letters. */
function emitLatin(words: string[], out: Output) {
  for (let i = 0; i < words.length; i++) {
    let w = words[i];
    // Pinyin written as two or three words (sha bi, cao ni ma) reads as one.
    for (const span of [3, 2]) {
      if (i + span > words.length) continue;
      const joined = words.slice(i, i + span).join('');
      if (LATIN_SUBSTITUTIONS.has(joined)) { w = joined; i += span - 1; break; }
    }
    w = w.replace(REPEATED_LETTER, '$1');
    const substitute = LATIN_SUBSTITUTIONS.get(w) ?? ((w === 'b' || w === 'x') && out.endsWithHan() ? '逼' : undefined);
    if (substitute) { out.text(substitute); continue; }
    if (out.endsWithLatin()) out.other(0x20);
    out.text(w);
  }
}

/**
 * Latin abbreviations and pinyin of Chinese insults, as whole words (after lower case, leetspeak and
 * joining of spelled-apart letters), so "usb" or "nba" are left alone. Small and curated on purpose:
 * every entry is an abbreviation Chinese platforms' moderators see used almost only as the insult.
 */
export const LATIN_SUBSTITUTIONS: ReadonlyMap<string, string> = new Map([
  ['sb', '傻逼'], ['shabi', '傻逼'], ['shab', '傻逼'], ['2b', '二逼'], ['erbi', '二逼'],
  ['nmsl', '你妈死了'], ['nmb', '你妈逼'], ['nmd', '你妈的'], ['nima', '你妈'],
  ['tmd', '他妈的'], ['tamade', '他妈的'], ['tm', '他妈'],
  ['cnm', '操你妈'], ['caonima', '操你妈'], ['wcnm', '我操你妈'], ['rnm', '日你妈'], ['mlgb', '妈了个逼'],
  ['nc', '脑残'], ['naocan', '脑残'], ['nt', '脑瘫'], ['zz', '智障'], ['zhizhang', '智障'],
  ['sjb', '神经病'], ['sjbing', '神经病'], ['lj', '垃圾'], ['laji', '垃圾'], ['fw', '废物'], ['feiwu', '废物'],
  ['bt', '变态'], ['qusi', '去死'], ['gqs', '滚去死'],
]);

/** Homophones and look-alike spellings written to slip past word lists, mapped to the word meant. */
export const CHINESE_SUBSTITUTIONS: Readonly<Record<string, string>> = {
  煞笔: '傻逼', 煞比: '傻逼', 沙比: '傻逼', 沙笔: '傻逼', 傻比: '傻逼', 傻笔: '傻逼', 傻叉: '傻逼', 傻屄: '傻逼', 傻批: '傻逼', 啥比: '傻逼', 傻哔: '傻逼',
  草泥马: '操你妈', 草你妈: '操你妈', 艹你妈: '操你妈', 曹尼玛: '操你妈', 操尼玛: '操你妈', 草拟吗: '操你妈', 操你马: '操你妈',
  尼玛: '你妈', 泥马: '你妈', 你吗的: '你妈的', 尼玛的: '你妈的',
  特么: '他妈', 特喵: '他妈', 他喵: '他妈', 他么的: '他妈的', 踏马: '他妈', 他马: '他妈',
  卧槽: '我操', 我艹: '我操', 我草: '我操', 握草: '我操', 沃日: '我日', 艹: '操', 屄: '逼',
  妳: '你', 辣鸡: '垃圾', 拉圾: '垃圾', 垃鸡: '垃圾', 去屎: '去死', 脑摊: '脑瘫', 智樟: '智障', 弱智儿: '弱智',
};

const CHINESE_PATTERN = new RegExp(
  Object.keys(CHINESE_SUBSTITUTIONS).sort((a, b) => b.length - a.length).join('|'), 'g');
const MARKS = /\p{M}+/gu;
const REPEATED_LETTER = /([a-z])\1\1+/g;
const NEEDS_UNICODE_FOLDING = /[^\x00-\x7f\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e]/;
const OTHER_WORD_CHARACTER = /[\p{L}\p{N}]/u;
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' };

function isHan(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x3040 && cp <= 0x30ff)
    || (cp >= 0xac00 && cp <= 0xd7af) || (cp >= 0x20000 && cp <= 0x3134f) || cp === 0x3007;
}

let simplifiedCache: Uint16Array | null = null;

/**
 * Traditional → simplified as a per-character table (index: BMP code point, value: simplified code
 * point or 0), built once from opencc-js's Taiwan and Hong Kong dictionaries: a table lookup per
 * character instead of a trie walk per text keeps normalisation within the model's speed budget.
 */
function simplifiedTable(): Uint16Array {
  if (simplifiedCache) return simplifiedCache;
  const table = new Uint16Array(0x10000);
  const fromTw = Converter({ from: 'tw', to: 'cn' });
  const fromHk = Converter({ from: 'hk', to: 'cn' });
  for (const [start, end] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff]]) {
    for (let cp = start; cp <= end; cp++) {
      const ch = String.fromCharCode(cp);
      let s = fromTw(ch);
      if (s === ch) s = fromHk(ch);
      if (s !== ch && s.length === 1) table[cp] = s.charCodeAt(0);
    }
  }
  // A character that is itself some character's simplified form stays (麼 → 么, but 么 must not become 幺).
  const targets = new Set(table);
  for (let cp = 0; cp < table.length; cp++) if (table[cp] && targets.has(cp)) table[cp] = 0;
  simplifiedCache = table;
  return table;
}

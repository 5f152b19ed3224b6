import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '@/db/query';
import { searchExamples, similarExamples } from '@/lib/library/queries';
import { libraryFilters } from '@/lib/library/search-query';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { insertExample } from '../support/library';

// The gram index (db/migrations/0025_search_bigrams.sql) behind Chinese queries of any length, tags
// and mixed queries, and the MinHash/LSH columns behind similar cases; on Postgres and on PGlite.
let t: TestDatabase;
const tag = `g${Date.now()}`;
beforeAll(async () => {
  t = await createTestDatabase();
  const accepted = { status: 'accepted' as const, tags: [tag] };
  await insertExample(t.db, { ...accepted, text: '这个狗官贪污受贿，证据确凿。', language: 'zh', verdict: 'not_violation' });
  await insertExample(t.db, { ...accepted, text: '你就是条狗，滚出这个群', language: 'zh', verdict: 'violation' });
  await insertExample(t.db, { ...accepted, text: '女权不是你们拿来骂人的工具', language: 'zh', verdict: 'not_violation' });
  await insertExample(t.db, { ...accepted, text: '这家公司的CEO说谎，召回的数据是假的', language: 'mixed', verdict: 'not_violation' });
  await insertExample(t.db, { ...accepted, text: 'The CEO apologised for the recall', language: 'en', verdict: 'not_violation' });
  await insertExample(t.db, { ...accepted, tags: [tag, '舆论监督', 'pile-on'], text: 'Everyone report her account now', language: 'en', verdict: 'violation' });
  await insertExample(t.db, { ...accepted, text: 'ＡＢＣ全角字母和狗', language: 'zh', verdict: 'violation' });
});
afterAll(async () => { await t.drop(); });

const search = async (f: Record<string, unknown>) => (await searchExamples(t.db, libraryFilters.parse({ ...f, tag }), null, 100)).rows.map((r) => r.text).sort();

describe('library search through the gram index', () => {
  it('finds one-character Chinese queries', async () => {
    expect(await search({ q: '狗' })).toEqual(['ＡＢＣ全角字母和狗', '你就是条狗，滚出这个群', '这个狗官贪污受贿，证据确凿。'].sort());
    expect(await search({ q: '贪' })).toEqual(['这个狗官贪污受贿，证据确凿。']);
    expect(await search({ q: '鸟' })).toEqual([]);
  });

  it('finds two-character Chinese queries as substrings, not as two separate characters', async () => {
    expect(await search({ q: '女权' })).toEqual(['女权不是你们拿来骂人的工具']);
    expect(await search({ q: '狗官' })).toEqual(['这个狗官贪污受贿，证据确凿。']);
    // 条 and 狗 both occur in one example, but never "狗条".
    expect(await search({ q: '狗条' })).toEqual([]);
  });

  it('matches tags as well as text, Chinese and English', async () => {
    expect(await search({ q: '舆论' })).toEqual(['Everyone report her account now']);
    expect(await search({ q: '舆论监督' })).toEqual(['Everyone report her account now']);
    expect(await search({ q: 'pile-on' })).toEqual(['Everyone report her account now']);
  });

  it('matches queries mixing Chinese and English, in any case and width', async () => {
    expect(await search({ q: 'CEO说谎' })).toEqual(['这家公司的CEO说谎，召回的数据是假的']);
    expect(await search({ q: 'ceo说谎' })).toEqual(['这家公司的CEO说谎，召回的数据是假的']);
    expect(await search({ q: 'ｃｅｏ说谎' })).toEqual(['这家公司的CEO说谎，召回的数据是假的']);
    expect(await search({ q: 'abc全角' })).toEqual(['ＡＢＣ全角字母和狗']);
    expect(await search({ q: 'ceo' })).toEqual(['The CEO apologised for the recall', '这家公司的CEO说谎，召回的数据是假的'].sort());
  });

  it('combines a Chinese query with the filters', async () => {
    expect(await search({ q: '狗', verdict: 'violation' })).toEqual(['ＡＢＣ全角字母和狗', '你就是条狗，滚出这个群'].sort());
    expect(await search({ q: '狗', verdict: 'not_violation', language: 'zh' })).toEqual(['这个狗官贪污受贿，证据确凿。']);
  });

  it('keeps the grams in step when an example is edited', async () => {
    const row = await insertExample(t.db, { status: 'accepted', tags: [tag], text: '原来的文字', language: 'zh' });
    expect(await search({ q: '原来' })).toEqual(['原来的文字']);
    await t.db.execute(sql`update library_examples set text = '改过的文字' where id = ${row.id}`);
    expect(await search({ q: '原来' })).toEqual([]);
    expect(await search({ q: '改过' })).toEqual(['改过的文字']);
  });
});

describe('similar cases by MinHash and LSH', () => {
  it('ranks a near-duplicate first among many, and falls back to the gram index for short texts', async () => {
    const base = '这位局长滥用职权，把公款用于私人旅游，还威胁举报他的记者，应当被纪委调查';
    const nearCopy = await insertExample(t.db, { status: 'accepted', text: `${base}！！`, language: 'zh', verdict: 'not_violation' });
    for (let i = 0; i < 30; i++) {
      await insertExample(t.db, { status: 'accepted', text: `第${i}条：今天天气很好，我们去公园散步，看到很多人在跳舞`, language: 'zh', verdict: 'not_violation' });
    }
    const [{ bands }] = await queryRows<{ bands: number }>(t.db, sql`select cardinality(lsh_bands) as bands from library_examples where id = ${nearCopy.id}`);
    expect(bands).toBe(8);
    const similar = await similarExamples(t.db, `${base}。`, 2);
    expect(similar.not_violation[0]?.id).toBe(nearCopy.id);
    expect(similar.not_violation[0]!.score).toBeGreaterThan(0.6);

    // Too short for band keys: found through a shared rare gram instead.
    const short = await similarExamples(t.db, '狗官', 1);
    expect(short.not_violation[0]?.text).toBe('这个狗官贪污受贿，证据确凿。');
  });
});

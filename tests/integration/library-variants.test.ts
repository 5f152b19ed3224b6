import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryExamples } from '@/db/schema';
import { searchExamples } from '@/lib/library/queries';
import { libraryFilters } from '@/lib/library/search-query';
import { backfillVariantGrams } from '@/lib/library/variant-grams';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { insertExample } from '../support/library';

// Library search through the recognition model's normalisation (lib/library/variant-grams.ts): a
// query in traditional characters, with separators, in pinyin or an abbreviation, or naming a tag
// finds the example, and an example written in a variant is found by the plain word; on both databases.
let t: TestDatabase;
const tag = `v${Date.now()}`;
const insult = '你这个傻逼，滚出这个群';
const spaced = '那个傻 逼又来发帖了';
const traditional = '這個垃圾帳號天天騷擾人';
beforeAll(async () => {
  t = await createTestDatabase();
  await insertExample(t.db, { status: 'accepted', tags: [tag, '网暴', 'pile-on'], text: insult, language: 'zh' });
  await insertExample(t.db, { status: 'accepted', tags: [tag], text: spaced, language: 'zh' });
  await insertExample(t.db, { status: 'accepted', tags: [tag], text: traditional, language: 'zh' });
  await insertExample(t.db, { status: 'accepted', tags: [tag], text: '傻瓜相机的说明书丢了，逼得我去网上找', language: 'zh', verdict: 'not_violation' });
  await insertExample(t.db, { status: 'accepted', tags: [tag], text: 'The pile of reports grew', language: 'en', verdict: 'not_violation' });
});
afterAll(async () => { await t.drop(); });

const search = async (q: string) => (await searchExamples(t.db, libraryFilters.parse({ q, tag }), null, 100)).rows.map((r) => r.text).sort();

describe('library search through the model’s normalisation', () => {
  it('finds the example from a query in traditional characters', async () => {
    expect(await search('滾出這個群')).toEqual([insult]);
    expect(await search('網暴')).toEqual([insult]);
  });

  it('finds the example from a query with separators or emoji between the characters', async () => {
    expect(await search('傻-逼')).toEqual([insult, spaced].sort());
    expect(await search('傻🙂逼')).toEqual([insult, spaced].sort());
  });

  it('finds the example from pinyin and abbreviations', async () => {
    expect(await search('sb')).toEqual([insult, spaced].sort());
    expect(await search('shabi')).toEqual([insult, spaced].sort());
    expect(await search('SB')).toEqual([insult, spaced].sort());
  });

  it('finds the example by a tag name, whole or one of its words', async () => {
    expect(await search('网暴')).toEqual([insult]);
    expect(await search('pile-on')).toEqual([insult]);
    expect(await search('pile')).toEqual(['The pile of reports grew', insult].sort());
  });

  it('finds examples written in a variant from the plain word', async () => {
    expect(await search('傻逼')).toEqual([insult, spaced].sort());
    expect(await search('垃圾帐号')).toEqual([traditional]);
  });

  it('does not match characters that are merely both present', async () => {
    // 傻 and 逼 both occur in the camera example, never next to each other.
    expect(await search('傻-逼')).not.toContain('傻瓜相机的说明书丢了，逼得我去网上找');
    expect(await search('狗')).toEqual([]);
  });

  it('backfills examples written before the variant grams existed', async () => {
    const [old] = await t.db.insert(libraryExamples).values({ status: 'accepted', tags: [tag], text: '又一个煞笔在评论区', language: 'zh', verdict: 'violation' }).returning();
    expect(await search('傻逼')).not.toContain(old.text);
    expect(await backfillVariantGrams(t.db, 2)).toBeGreaterThanOrEqual(1);
    expect(await search('傻逼')).toContain(old.text);
    expect(await search('煞笔')).toContain(old.text);
  });
});

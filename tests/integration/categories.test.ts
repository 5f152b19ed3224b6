import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryName, listCategories } from '@/lib/categories/queries';
import { createTestDatabase, type TestDatabase } from '../support/db';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

describe('categories', () => {
  it('lists the categories in order and names them by locale', async () => {
    const list = await listCategories(t.db);
    expect(list.map((c) => c.id).slice(0, 3)).toEqual(['insult', 'derision', 'rumour']);
    expect(categoryName(list[0], 'en')).toBe('Insult');
    expect(categoryName(list[0], 'zh')).toBe('侮辱谩骂');
  });
});

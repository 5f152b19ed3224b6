import { describe, expect, it } from 'vitest';
import { detectBotSubmissions, jaccard, normaliseText, shingles, type SubmissionPost } from './bot-submissions';

const now = new Date('2026-03-01T12:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
const post = (account: string, text: string, ageDays: number | null): SubmissionPost =>
  ({ authorAccountId: account, authorCreatedAt: ageDays === null ? null : daysAgo(ageDays), text, postedAt: now });

const submission = '【投稿】我是林晓雨的同学，她考试作弊被开除了，大家快转发！';
const variants = [
  submission,
  '【投稿】我是林晓雨的同学,她考试作弊被开除了,大家快转发!!',
  '投稿：我是林晓雨的同学，她考试作弊被开除了大家快转发',
  '【投稿】我是林晓雨同学，她考试作弊被开除了，大家快转发～',
  '【匿名投稿】我是林晓雨的同学，她考试作弊被开除了，快转发！',
];

describe('bot submissions', () => {
  it('folds punctuation, width and case before comparing', () => {
    expect(normaliseText('Ｈｅｌｌｏ， World!!')).toBe('helloworld');
    expect(jaccard(shingles(variants[0]), shingles(variants[1]))).toBe(1);
    expect(jaccard(shingles('completely different'), shingles(submission))).toBe(0);
  });

  it('flags near-identical texts from several new accounts', () => {
    const posts = variants.map((text, i) => post(`bot-${i}`, text, 1));
    const d = detectBotSubmissions(posts);
    expect(d).toMatchObject({ candidate: true, accounts: 5, posts: 5 });
    expect(d.sample).toBe(submission);
  });

  it('does not count old accounts, unknown ages, or one account repeating itself', () => {
    const old = variants.map((text, i) => post(`old-${i}`, text, 400));
    expect(detectBotSubmissions(old).candidate).toBe(false);
    const unknown = variants.map((text, i) => post(`u-${i}`, text, null));
    expect(detectBotSubmissions(unknown).candidate).toBe(false);
    const oneBot = variants.map((text) => post('bot-1', text, 1));
    expect(detectBotSubmissions(oneBot)).toMatchObject({ candidate: false, accounts: 1 });
  });

  it('does not flag new accounts saying different things', () => {
    const texts = ['今天天气真好', 'Anyone watching the match tonight?', '求推荐一本好书', '我家猫又胖了', 'Lunch ideas please'];
    expect(detectBotSubmissions(texts.map((t, i) => post(`new-${i}`, t, 2))).candidate).toBe(false);
  });

  it('takes the account count threshold from the options', () => {
    const posts = variants.slice(0, 3).map((text, i) => post(`bot-${i}`, text, 1));
    expect(detectBotSubmissions(posts).candidate).toBe(false);
    expect(detectBotSubmissions(posts, { maxAccountAgeDays: 7, similarity: 0.6, minAccounts: 3 }).candidate).toBe(true);
  });
});

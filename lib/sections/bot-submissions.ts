/**
 * Anonymous "submission" groups (notice III.2): a group that posts what it calls reader submissions
 * through many freshly registered accounts, each posting nearly the same text. Pure logic: which
 * posts come from new accounts, which of those say nearly the same thing, and how many distinct
 * accounts the largest such cluster holds.
 */
export type SubmissionPost = { authorAccountId: string; authorCreatedAt: Date | null; text: string; postedAt: Date };

export type DetectionOptions = {
  /** An account younger than this when it posted counts as new. */
  maxAccountAgeDays: number;
  /** Jaccard similarity of character trigrams at or above which two texts are near-duplicates. */
  similarity: number;
  /** Distinct new accounts in one cluster that make the group a candidate for closure. */
  minAccounts: number;
};

export const defaultDetection: DetectionOptions = { maxAccountAgeDays: 7, similarity: 0.6, minAccounts: 4 };

export type Detection = { candidate: boolean; accounts: number; posts: number; sample: string | null };

const DAY = 86_400_000;
const MAX_POSTS = 500;

/** Case, width and punctuation folded away, so "转发！！" and "转发!" are the same text. */
export function normaliseText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
}

export function shingles(text: string, n = 3): Set<string> {
  const chars = [...normaliseText(text)];
  if (chars.length <= n) return new Set(chars.length ? [chars.join('')] : []);
  const out = new Set<string>();
  for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  return out;
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 0;
  let both = 0;
  for (const s of a) if (b.has(s)) both++;
  return both / (a.size + b.size - both);
}

export function isNewAccount(post: SubmissionPost, maxAgeDays: number): boolean {
  return post.authorCreatedAt !== null && post.postedAt.getTime() - post.authorCreatedAt.getTime() < maxAgeDays * DAY;
}

/**
 * Greedy clustering against each cluster's first text: fine for the few hundred recent posts of one
 * group that it is given (the newest MAX_POSTS are looked at).
 */
export function detectBotSubmissions(posts: readonly SubmissionPost[], opts: DetectionOptions = defaultDetection): Detection {
  const fresh = posts.filter((p) => isNewAccount(p, opts.maxAccountAgeDays)).slice(0, MAX_POSTS);
  const clusters: { head: Set<string>; text: string; accounts: Set<string>; posts: number }[] = [];
  for (const p of fresh) {
    const s = shingles(p.text);
    if (!s.size) continue;
    const home = clusters.find((c) => jaccard(c.head, s) >= opts.similarity);
    if (home) {
      home.accounts.add(p.authorAccountId);
      home.posts++;
    } else {
      clusters.push({ head: s, text: p.text, accounts: new Set([p.authorAccountId]), posts: 1 });
    }
  }
  const top = clusters.sort((a, b) => b.accounts.size - a.accounts.size)[0];
  if (!top) return { candidate: false, accounts: 0, posts: 0, sample: null };
  return { candidate: top.accounts.size >= opts.minAccounts, accounts: top.accounts.size, posts: top.posts, sample: top.text };
}

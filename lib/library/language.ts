import type { ExampleLanguage } from '@/db/schema';

const han = /\p{Script=Han}/gu;

/** zh or en when one script clearly dominates the letters, mixed otherwise; zh for text without letters. */
export function detectLanguage(text: string): ExampleLanguage {
  const h = text.match(han)?.length ?? 0;
  // Latin letters are counted per word: an English word weighs about as much as one Chinese character.
  const words = text.match(/[A-Za-z]+/g)?.length ?? 0;
  if (h === 0 && words === 0) return 'zh';
  if (words === 0 || h / (h + words) >= 0.85) return 'zh';
  if (h === 0 || words / (h + words) >= 0.85) return 'en';
  return 'mixed';
}

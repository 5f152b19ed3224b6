import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';

let instance: Jieba | null = null;

/**
 * jieba (default dictionary, loaded once: about 0.3 s) as a word segmenter for the word n-gram
 * features. Only experiments use it: the shipped model does without (see features.ts), so the app
 * never loads the native binding.
 */
export function jiebaSegmenter(): (text: string) => string[] {
  if (!instance) {
    // createRequire: the native binding and its dictionary file are CommonJS.
    const require = createRequire(import.meta.url);
    const { Jieba: JiebaClass } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
    const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
    instance = JiebaClass.withDict(dict);
  }
  const jieba = instance;
  return (text) => jieba.cut(text, false);
}

import { randomUUID } from 'node:crypto';
import type { Fixtures } from './types';

export const fixtures: Fixtures = {
  actions: {
    'organisation.setTimeZone': async () => ({ timeZone: 'Asia/Shanghai' }),
    // A new text each call: saving the same text twice is refused as unchanged.
    'templates.save': async () => ({ kind: 'warning', locale: 'en', body: `Warning for @{handle} (${randomUUID().slice(0, 8)})` }),
  },
};

import type { Fixtures } from './types';

export const fixtures: Fixtures = {
  actions: {
    'wellness.preference': async () => ({ preference: 'greyscale' }),
    'wellness.defaults': async () => ({ mediaPreference: 'blur_all', breakMinutes: 50 }),
  },
};

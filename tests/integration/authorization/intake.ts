import { randomUUID } from 'node:crypto';
import type { Fixtures } from './types';

// A fresh externalId per call, so that each call is a new report and not a replay of an earlier one.
function report() {
  const id = randomUUID();
  return {
    externalId: `authz-${id}`,
    channel: 'comment',
    category: 'insult',
    reporter: { accountId: `authz-reporter-${id}` },
    subject: { contentId: `authz-content-${id}`, accountId: 'authz-subject', text: 'you are worthless', createdAt: '2025-03-01T08:00:00Z' },
    target: { accountId: 'authz-target', isMinor: false },
  };
}

export const fixtures: Fixtures = {
  routes: {
    'POST /api/v1/reports': async () => ({ body: report() }),
    'POST /api/v1/reports/batch': async () => ({ body: { reports: [report(), report()] } }),
  },
};

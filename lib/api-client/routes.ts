/**
 * Every /api/v1 route the client calls: its method and path as /api/v1/openapi.json names them.
 * `optional` routes come from work that a console may not have yet: callers look for them in the
 * document first (see `features` in client.ts) and skip that traffic when they are absent.
 */
export const apiRoutes = {
  receiveReport: { method: 'POST', path: '/reports' },
  receiveReportBatch: { method: 'POST', path: '/reports/batch' },
  readReportStatus: { method: 'GET', path: '/reports/status' },
  receiveAccountEvents: { method: 'POST', path: '/accounts/events' },
  readAccountRestrictions: { method: 'GET', path: '/accounts/restrictions' },
  fileAppeal: { method: 'POST', path: '/appeals' },
  receiveSectionEvents: { method: 'POST', path: '/sections/events' },
  readSectionStatus: { method: 'GET', path: '/sections/status' },
  checkSectionName: { method: 'POST', path: '/section-checks' },
  receiveCommentEvents: { method: 'POST', path: '/comments/events' },
  receiveLivestreamEvents: { method: 'POST', path: '/livestreams/events' },
  holdVideoForReview: { method: 'POST', path: '/videos/prepublication' },
  checkRegistration: { method: 'POST', path: '/registration-checks' },
  readAuthoritativeStatements: { method: 'GET', path: '/incidents/authoritative' },
  openApiDocument: { method: 'GET', path: '/openapi.json' },
  sendSignals: { method: 'POST', path: '/signals', optional: true },
  precheck: { method: 'POST', path: '/precheck', optional: true },
  checkPrivateMessage: { method: 'POST', path: '/dm-checks', optional: true },
  listAlerts: { method: 'GET', path: '/alerts', optional: true },
  readAccountProtection: { method: 'GET', path: '/accounts/protection', optional: true },
} as const satisfies Record<string, { method: 'GET' | 'POST'; path: string; optional?: true }>;

export type RouteName = keyof typeof apiRoutes;

import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { fixedHeaders, mediaPolicy, resourcePolicy } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const config: NextConfig = {
  // PGlite ships a 9 MB wasm: bundling it breaks webpack and lets Turbopack serve it publicly.
  // pdfkit reads its font metrics from its own folder at run time, so it must stay a plain require.
  serverExternalPackages: ['@electric-sql/pglite', 'pdfkit'],
  poweredByHeader: false,
  // Lets several checkouts' builds (or parallel e2e runs) coexist: NEXT_DIST_DIR=.next-other.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  experimental: { authInterrupts: true },
  // Every response: the fixed headers, and the locked-down policy for whatever is not a page.
  // proxy.ts runs later and replaces that policy with the page policy (same lower-case name) on the
  // paths it matches, so a path it misses fails closed instead of going out without a policy.
  // Evidence media gets the media policy: of two rules setting one header, the later wins, and these
  // rules win over what a route handler sets itself.
  async headers() {
    return [
      { source: '/:path*', headers: [...fixedHeaders, { key: 'content-security-policy', value: resourcePolicy }] },
      { source: '/media/:path*', headers: [{ key: 'content-security-policy', value: mediaPolicy }] },
    ];
  },
};

export default withNextIntl(config);

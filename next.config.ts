import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const config: NextConfig = {
  // PGlite ships a 9 MB wasm: bundling it breaks webpack and lets Turbopack serve it publicly.
  // pdfkit reads its font metrics from its own folder at run time, so it must stay a plain require.
  serverExternalPackages: ['@electric-sql/pglite', 'pdfkit'],
  poweredByHeader: false,
  // Lets several checkouts' builds (or parallel e2e runs) coexist: NEXT_DIST_DIR=.next-other.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  experimental: { authInterrupts: true },
};

export default withNextIntl(config);

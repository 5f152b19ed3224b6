import { getDb } from '@/db/client';
import { listPublishedDisclosures } from '@/lib/disclosures/queries';
import { atomFeed } from '@/lib/disclosures/atom';
import { publicOrigin } from '@/lib/config/public-url';

export const dynamic = 'force-dynamic';

/** GET /transparency/feed.xml (?lang=zh for Chinese): published disclosures as an Atom feed. */
export async function GET(req: Request) {
  const url = new URL(req.url);
  const lang = url.searchParams.get('lang') === 'zh' ? 'zh' : 'en';
  const disclosures = await listPublishedDisclosures(await getDb());
  return new Response(atomFeed(disclosures, { origin: publicOrigin(req.url), lang }), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}

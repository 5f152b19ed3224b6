import { serveMedia } from '@/lib/media/serve';
import { requestContext } from '@/lib/actions/request-context';

/** GET /media/[evidenceId]/[index]: one evidence media item, fetched and verified server-side. */
export async function GET(_request: Request, { params }: { params: Promise<{ evidenceId: string; index: string }> }): Promise<Response> {
  const { evidenceId, index } = await params;
  return serveMedia(await requestContext(), evidenceId, index);
}

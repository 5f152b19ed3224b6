import { executeAction } from '@/lib/actions/define-action';
import { requestContext } from '@/lib/actions/request-context';
import { downloadBundle } from '@/lib/referrals/download';

/** GET /referrals/[id]/bundle: the bundle exactly as prepared; signed-in supervisors only, audited. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const result = await executeAction(downloadBundle, await requestContext(), { referralId: id });
  if (!result.ok) {
    const status = { unauthenticated: 401, forbidden: 403, not_found: 404, invalid_input: 404 }[result.error.code as string] ?? 500;
    return new Response(result.error.message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  }
  const { bytes, sha256, name } = result.data;
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': 'application/x-tar',
      'content-disposition': `attachment; filename="${name}"`,
      'content-length': String(bytes.length),
      // The recorded hash, so whoever downloads can compare without opening the file.
      'x-bundle-sha256': sha256,
      'cache-control': 'no-store',
    },
  });
}

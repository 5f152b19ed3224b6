import { executeAction } from '@/lib/actions/define-action';
import { requestContext } from '@/lib/actions/request-context';
import { downloadReportFile } from '@/lib/compliance/download';

const types = { csv: 'text/csv; charset=utf-8', pdf: 'application/pdf' } as const;

/**
 * GET /compliance/[id]/download?format=pdf|csv&locale=en|zh: one file of a generated report exactly as
 * stored. The action checks the session and role (supervisors; deny by default) and audits it.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const q = new URL(request.url).searchParams;
  const result = await executeAction(downloadReportFile, await requestContext(), { reportId: id, format: q.get('format'), locale: q.get('locale') });
  if (!result.ok) {
    const status = { unauthenticated: 401, forbidden: 403, not_found: 404, invalid_input: 404 }[result.error.code as string] ?? 500;
    return new Response(result.error.message, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  }
  const { bytes, sha256, name, format } = result.data;
  return new Response(new Uint8Array(bytes), {
    headers: {
      'content-type': types[format],
      'content-disposition': `attachment; filename="${name}"`,
      'content-length': String(bytes.length),
      // The recorded hash, so whoever downloads can compare without opening the file.
      'x-report-sha256': sha256,
      'cache-control': 'no-store',
    },
  });
}

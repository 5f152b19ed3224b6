import { executeAction } from '@/lib/actions/define-action';
import { requestContext } from '@/lib/actions/request-context';
import { importExamples } from '@/lib/library/actions';

/**
 * The import form posts the file here: a server action's request body is capped far below a 25k-row
 * CSV. The file then takes the same path as any action (session, role, one transaction, audit).
 */
export async function POST(request: Request): Promise<Response> {
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  const input = file instanceof Blob ? { csv: await file.text(), fileName: (file as File).name || 'upload.csv' } : {};
  const result = await executeAction(importExamples.definition, await requestContext(), input);
  const status = result.ok ? 200 : { unauthenticated: 401, forbidden: 403, invalid_input: 422 }[result.error.code as string] ?? 500;
  return Response.json(result, { status, headers: { 'cache-control': 'no-store' } });
}

import { executeAction } from '@/lib/actions/define-action';
import { requestContext } from '@/lib/actions/request-context';
import { importTraining } from '@/lib/model/actions';

/**
 * The training-data form posts its file here, as the library import does: a server action's body is
 * capped far below a large CSV. The file then takes the action's path (session, role, transaction, audit).
 */
export async function POST(request: Request): Promise<Response> {
  // A route handler gets no same-origin check from Next: refuse cross-site posts.
  if (!sameOrigin(request)) return Response.json({ ok: false, error: { code: 'forbidden', message: 'Cross-site request refused.' } }, { status: 403 });
  const form = await request.formData().catch(() => null);
  const file = form?.get('file');
  const input = file instanceof Blob ? { csv: await file.text(), fileName: (file as File).name || 'training.csv' } : {};
  const result = await executeAction(importTraining.definition, await requestContext(), input);
  const status = result.ok ? 200 : { unauthenticated: 401, forbidden: 403, invalid_input: 422 }[result.error.code as string] ?? 500;
  return Response.json(result, { status, headers: { 'cache-control': 'no-store' } });
}

function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

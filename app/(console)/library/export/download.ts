import { getDb } from '@/db/client';
import { can } from '@/lib/auth/permissions';
import { currentStaff } from '@/lib/auth/session';
import { examplesToCsv, examplesToJson, exportRows } from '@/lib/library/export';

/** The export, checked on the server: signed-in staff whose role reviews the library. */
export async function libraryExport(request: Request, format: 'csv' | 'json'): Promise<Response> {
  const me = await currentStaff();
  if (!me) return new Response('Sign in to continue.', { status: 401 });
  if (!can(me.role, 'library.review')) return new Response('Not allowed.', { status: 403 });
  const all = new URL(request.url).searchParams.get('status') === 'all';
  const rows = await exportRows(await getDb(), all);
  const stamp = new Date().toISOString().slice(0, 10);
  const body = format === 'csv' ? '\uFEFF' + examplesToCsv(rows) : examplesToJson(rows);
  return new Response(body, {
    headers: {
      'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="bulwark-library-${stamp}.${format}"`,
      'cache-control': 'no-store',
    },
  });
}

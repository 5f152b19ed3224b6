import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

function routeFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? routeFiles(p) : e.name === 'route.ts' ? [p] : [];
  });
}

/**
 * A fetch that calls the console's real route handlers (app/api/v1/**\/route.ts) in this process,
 * on the database the process has opened (useDatabase): the whole path a platform's request takes
 * but HTTP, for tests and the bench. The client takes it through its `fetch` option.
 */
export async function inProcessFetch(root = process.cwd()): Promise<typeof fetch> {
  const handlers = new Map<string, Record<string, Handler>>();
  for (const file of routeFiles(path.join(root, 'app/api/v1'))) {
    const route = '/' + path.relative(path.join(root, 'app'), path.dirname(file)).split(path.sep).join('/');
    handlers.set(route, (await import(pathToFileURL(file).href)) as Record<string, Handler>);
  }
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const req = new Request(input, init);
    const handler = handlers.get(new URL(req.url).pathname)?.[req.method];
    if (!handler) return Response.json({ error: { code: 'not_found', message: `No route ${req.method} ${new URL(req.url).pathname}` } }, { status: 404 });
    return handler(req, { params: Promise.resolve({}) });
  }) as typeof fetch;
}

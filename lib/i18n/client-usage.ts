import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * A static reading of which message namespaces each route's client components use, for the test that
 * holds every route's <ClientMessages namespaces={[…]}> list to exactly what its client code needs.
 * Node-only; the app never imports it.
 *
 * A route file (page, layout, error…) gets its messages from the nearest <ClientMessages> among itself
 * and the layouts above it (a layout's <ClientMessages> wraps everything it renders). Client code is
 * whatever a 'use client' file imports, transitively; server components calling useTranslations read
 * the request's full catalogue and need nothing sent.
 */

const routeFile = /^(page|layout|error|not-found|forbidden|unauthorized|loading|template|global-error)\.tsx$/;
const declared = /<ClientMessages\s+namespaces=\{\[([^\]]*)\]\}/;
const literalNamespace = /useTranslations\(\s*'([^']+)'\s*\)/g;
const anyUse = /useTranslations\(([^)]*)\)/g;
/** For a component whose namespace is a prop: `// client namespaces: admin, common`. */
const annotation = /\/\/\s*client namespaces:\s*([\w, ]+)/;

export type RouteUsage = {
  route: string;
  /** The file whose <ClientMessages> serves this route file, or null when none does. */
  provider: string | null;
  provided: string[];
  /** namespace → the client files using it. */
  used: Map<string, string[]>;
};

export function readClientUsage(root: string) {
  const source = new Map<string, string>();
  const read = (file: string) => {
    if (!source.has(file)) source.set(file, readFileSync(file, 'utf8'));
    return source.get(file)!;
  };
  const rel = (file: string) => path.relative(root, file);

  const resolve = (from: string, spec: string): string | null => {
    let base: string;
    if (spec.startsWith('@/')) base = path.join(root, spec.slice(2));
    else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
    else return null; // a package
    for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, 'index.tsx'), path.join(base, 'index.ts')]) {
      if (/\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return null;
  };
  const importsOf = (file: string) => {
    const text = read(file);
    const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+'([^']+)'/g), ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g)]
      .map((m) => m[1]);
    return specs.map((s) => resolve(file, s)).filter((f): f is string => f !== null);
  };
  const directive = (file: string) => read(file).match(/^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*\s*'use (client|server)'/)?.[1];

  /** The namespaces one client file uses; throws on a namespace it cannot read without an annotation. */
  const namespacesOf = (file: string): string[] => {
    const text = read(file);
    const found = [...text.matchAll(literalNamespace)].map((m) => m[1].split('.')[0]);
    const dynamic = [...text.matchAll(anyUse)].filter((m) => !/^\s*'[^']+'\s*$/.test(m[1]));
    if (dynamic.length) {
      const note = text.match(annotation);
      if (!note) throw new Error(`${rel(file)}: useTranslations(${dynamic[0][1]}) names no namespace; add "// client namespaces: <ns>, …"`);
      found.push(...note[1].split(',').map((s) => s.trim()).filter(Boolean));
    }
    return found;
  };

  /** Client files reachable from a route file, and the namespaces each uses. */
  const usageFrom = (start: string) => {
    const used = new Map<string, string[]>();
    const seen = new Set<string>();
    const walk = (file: string, client: boolean) => {
      const key = `${client}:${file}`;
      if (seen.has(key)) return;
      seen.add(key);
      const kind = directive(file);
      if (kind === 'server' && file !== start) return;
      const inClient = client || kind === 'client';
      if (inClient) {
        for (const ns of namespacesOf(file)) used.set(ns, [...new Set([...(used.get(ns) ?? []), rel(file)])]);
      }
      for (const next of importsOf(file)) walk(next, inClient);
    };
    walk(start, false);
    return used;
  };

  const declaredIn = (file: string): string[] | null => {
    const m = read(file).match(declared);
    if (!m) return null;
    return [...m[1].matchAll(/'([^']+)'/g)].map((x) => x[1]);
  };

  const appDir = path.join(root, 'app');
  const routes: string[] = [];
  const collect = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) collect(full);
      else if (routeFile.test(name)) routes.push(full);
    }
  };
  collect(appDir);

  const providerOf = (file: string): string | null => {
    if (declaredIn(file)) return file;
    let dir = path.dirname(file);
    for (;;) {
      const layout = path.join(dir, 'layout.tsx');
      if (existsSync(layout) && declaredIn(layout)) return layout;
      if (dir === appDir) return null;
      dir = path.dirname(dir);
    }
  };

  return routes.sort().map((file): RouteUsage => {
    const provider = providerOf(file);
    return { route: rel(file), provider: provider && rel(provider), provided: provider ? declaredIn(provider)! : [], used: usageFrom(file) };
  });
}

import type { namespaces } from './messages';

export type Namespace = (typeof namespaces)[number];

/**
 * The part of a catalogue a page's client components read. What the browser is sent is serialized into
 * every page, so a route sends only the namespaces its client code uses (the test in
 * client-namespaces.test.ts holds each list to exactly that); server components read the full catalogue.
 */
export function pickMessages(all: Record<string, unknown>, wanted: readonly Namespace[]): Record<string, unknown> {
  return Object.fromEntries(wanted.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
}

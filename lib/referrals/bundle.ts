import { createHash } from 'node:crypto';
import { readTar, TarFormatError, writeTar, type TarFile } from './tar';

/**
 * The evidence bundle for a referral: JSON files plus `manifest.json` listing every other file with
 * its SHA-256 and size, in a deterministic tar. The bundle's own SHA-256 is recorded on the referral,
 * so the manifest itself is covered too; the manifest lets whoever receives it check each file alone.
 */
export const MANIFEST = 'manifest.json';
export const BUNDLE_FORMAT = 'bulwark-referral-bundle/1';

export type ManifestEntry = { name: string; sha256: string; size: number };
export type Manifest = { format: string; referralId: string; sanctionId: string; preparedAt: string; files: ManifestEntry[] };
export type BundleFile = { name: string; content: string | Buffer };

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Files sorted by name, then the manifest last; the tar's time is the preparation time. */
export function packBundle(meta: Omit<Manifest, 'format' | 'files'>, files: BundleFile[]): { bytes: Buffer; manifest: Manifest; sha256: string } {
  const entries: TarFile[] = files
    .map((f) => ({ name: f.name, content: Buffer.isBuffer(f.content) ? f.content : Buffer.from(f.content, 'utf8') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(entries.map((e) => e.name));
  if (names.size !== entries.length || names.has(MANIFEST)) throw new Error('bundle: file names must be unique and not manifest.json');
  const manifest: Manifest = {
    format: BUNDLE_FORMAT, ...meta,
    files: entries.map((e) => ({ name: e.name, sha256: sha256(e.content), size: e.content.length })),
  };
  const mtime = Math.floor(new Date(meta.preparedAt).getTime() / 1000);
  const bytes = writeTar([...entries, { name: MANIFEST, content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8') }], mtime);
  return { bytes, manifest, sha256: sha256(bytes) };
}

export type FileCheck = { name: string; status: 'ok' | 'changed' | 'missing' | 'unlisted'; expected?: string; actual?: string };
export type BundleCheck = {
  ok: boolean;
  /** Why the bundle as a whole could not be read, if it could not. */
  problem: 'not_a_tar' | 'no_manifest' | 'bad_manifest' | null;
  /** False when the archive's bytes differ from what its own files would give (e.g. altered padding). */
  canonical: boolean;
  /** Compared only when the expected hash (the referral's bundle_sha256) is given. */
  sha256: string;
  sha256Matches: boolean | null;
  /** The referral the manifest names (so the caller can look up the hash it recorded). */
  referralId: string | null;
  files: FileCheck[];
};

/** Re-hashes every file against the manifest and reports each one; any changed byte makes ok false. */
export function verifyBundle(bytes: Buffer, expectedSha256?: string): BundleCheck {
  const actualSha = sha256(bytes);
  const sha256Matches = expectedSha256 ? expectedSha256.toLowerCase() === actualSha : null;
  const fail = (problem: BundleCheck['problem']): BundleCheck => ({ ok: false, problem, canonical: false, sha256: actualSha, sha256Matches, referralId: null, files: [] });
  let read: ReturnType<typeof readTar>;
  try {
    read = readTar(bytes);
  } catch (error) {
    if (error instanceof TarFormatError) return fail('not_a_tar');
    throw error;
  }
  const manifestFile = read.files.find((f) => f.name === MANIFEST);
  if (!manifestFile) return fail('no_manifest');
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestFile.content.toString('utf8')) as Manifest;
    if (manifest.format !== BUNDLE_FORMAT || !Array.isArray(manifest.files)) return fail('bad_manifest');
  } catch {
    return fail('bad_manifest');
  }
  const present = new Map(read.files.filter((f) => f.name !== MANIFEST).map((f) => [f.name, f.content]));
  const files: FileCheck[] = manifest.files.map((entry) => {
    const content = present.get(entry.name);
    if (!content) return { name: entry.name, status: 'missing', expected: entry.sha256 };
    const actual = sha256(content);
    const same = actual === entry.sha256 && content.length === entry.size;
    return { name: entry.name, status: same ? 'ok' : 'changed', expected: entry.sha256, actual };
  });
  const listed = new Set(manifest.files.map((e) => e.name));
  for (const [name, content] of present) if (!listed.has(name)) files.push({ name, status: 'unlisted', actual: sha256(content) });
  const canonical = writeTar(read.files, read.mtime).equals(bytes);
  const ok = canonical && sha256Matches !== false && files.every((f) => f.status === 'ok');
  const referralId = typeof manifest.referralId === 'string' ? manifest.referralId : null;
  return { ok, problem: null, canonical, sha256: actualSha, sha256Matches, referralId, files };
}

import { describe, expect, it } from 'vitest';
import { MANIFEST, packBundle, verifyBundle } from './bundle';
import { readTar, writeTar } from './tar';

const meta = { referralId: 'r1', sanctionId: 's1', preparedAt: '2026-11-25T03:00:00.000Z' };
const files = [
  { name: 'cases/c1/evidence/e1.json', content: '{"text":"hostile <b>words</b>"}' },
  { name: 'account/profile.json', content: '{"id":"acct-1"}' },
  { name: 'decision-trail.json', content: '[]' },
];

/** The byte offset of a file's content inside the tar. */
function offsetOf(tar: Buffer, name: string): number {
  let offset = 0;
  for (const f of readTar(tar).files) {
    if (f.name === name) return offset + 512;
    offset += 512 + Math.ceil(f.content.length / 512) * 512;
  }
  throw new Error(name);
}

describe('evidence bundle', () => {
  it('lists every file with its hash and size, and verifies as prepared', () => {
    const { bytes, manifest, sha256 } = packBundle(meta, files);
    expect(manifest.files.map((f) => f.name)).toEqual(['account/profile.json', 'cases/c1/evidence/e1.json', 'decision-trail.json']);
    expect(manifest.files[0].size).toBe(15);
    const check = verifyBundle(bytes, sha256);
    expect(check).toMatchObject({ ok: true, problem: null, canonical: true, sha256Matches: true });
    expect(check.files.every((f) => f.status === 'ok')).toBe(true);
    expect(readTar(bytes).files.at(-1)?.name).toBe(MANIFEST);
  });

  it('is the same bytes every time for the same content', () => {
    expect(packBundle(meta, files).sha256).toBe(packBundle(meta, [...files].reverse()).sha256);
  });

  it('names the file in which one byte changed', () => {
    const { bytes, sha256 } = packBundle(meta, files);
    const altered = Buffer.from(bytes);
    altered[offsetOf(bytes, 'cases/c1/evidence/e1.json') + 10] ^= 0x01;
    const check = verifyBundle(altered, sha256);
    expect(check.ok).toBe(false);
    expect(check.sha256Matches).toBe(false);
    expect(check.files.find((f) => f.name === 'cases/c1/evidence/e1.json')?.status).toBe('changed');
    expect(check.files.filter((f) => f.status === 'ok')).toHaveLength(2);
  });

  it('detects a change outside any file (padding) and with no expected hash given', () => {
    const { bytes } = packBundle(meta, files);
    const altered = Buffer.from(bytes);
    altered[offsetOf(bytes, 'decision-trail.json') + 100] = 0x20;
    const check = verifyBundle(altered);
    expect(check).toMatchObject({ ok: false, canonical: false });
  });

  it('reports a removed file as missing and an added one as unlisted', () => {
    const { bytes } = packBundle(meta, files);
    const read = readTar(bytes).files;
    const rebuilt = writeTar([...read.filter((f) => f.name !== 'decision-trail.json'), { name: 'extra.json', content: Buffer.from('{}') }]);
    const check = verifyBundle(rebuilt);
    expect(check.ok).toBe(false);
    expect(check.files.find((f) => f.name === 'decision-trail.json')?.status).toBe('missing');
    expect(check.files.find((f) => f.name === 'extra.json')?.status).toBe('unlisted');
  });

  it('says what is wrong with something that is not a bundle', () => {
    expect(verifyBundle(Buffer.from('not a tar at all')).problem).toBe('not_a_tar');
    expect(verifyBundle(writeTar([{ name: 'a.json', content: Buffer.from('{}') }])).problem).toBe('no_manifest');
    expect(verifyBundle(writeTar([{ name: MANIFEST, content: Buffer.from('{') }])).problem).toBe('bad_manifest');
  });
});

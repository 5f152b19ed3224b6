import { describe, expect, it } from 'vitest';
import { readTar, TarFormatError, writeTar } from './tar';

const files = [
  { name: 'manifest.json', content: Buffer.from('{"a":1}') },
  { name: 'cases/1/evidence/证据.json', content: Buffer.from('x'.repeat(1300)) },
  { name: 'empty.json', content: Buffer.alloc(0) },
];

describe('ustar writer', () => {
  it('round-trips names, bytes and time', () => {
    const tar = writeTar(files, 1_700_000_000);
    expect(tar.length % 512).toBe(0);
    const read = readTar(tar);
    expect(read.mtime).toBe(1_700_000_000);
    expect(read.files.map((f) => f.name)).toEqual(files.map((f) => f.name));
    read.files.forEach((f, i) => expect(f.content.equals(files[i].content)).toBe(true));
  });

  it('gives the same bytes for the same files', () => {
    expect(writeTar(files, 5).equals(writeTar(files, 5))).toBe(true);
  });

  it('writes headers a tar tool accepts: ustar magic and a valid checksum', () => {
    const tar = writeTar(files);
    expect(tar.subarray(257, 263).toString('latin1')).toBe('ustar\0');
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : tar[i];
    expect(parseInt(tar.subarray(148, 154).toString('latin1'), 8)).toBe(sum);
  });

  it('refuses a damaged header and a truncated archive', () => {
    const tar = writeTar(files);
    const damaged = Buffer.from(tar);
    damaged[3] ^= 1;
    expect(() => readTar(damaged)).toThrow(TarFormatError);
    expect(() => readTar(tar.subarray(0, 600))).toThrow(TarFormatError);
  });

  it('refuses names longer than a ustar name field', () => {
    expect(() => writeTar([{ name: 'a'.repeat(101), content: Buffer.alloc(0) }])).toThrow();
  });
});

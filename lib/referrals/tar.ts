/**
 * A minimal deterministic ustar writer and reader for the evidence bundle: regular files only,
 * fixed mode, owner and time, so the same files always give the same bytes (and so the same
 * SHA-256). Any tar tool can list and extract it.
 */
export type TarFile = { name: string; content: Buffer };

const BLOCK = 512;
const encoder = new TextEncoder();

function octal(value: number, width: number): string {
  return value.toString(8).padStart(width - 1, '0') + '\0';
}

function header(name: string, size: number, mtime: number): Buffer {
  const nameBytes = encoder.encode(name);
  if (nameBytes.length > 100) throw new Error(`tar: file name longer than 100 bytes: ${name}`);
  const h = Buffer.alloc(BLOCK);
  h.set(nameBytes, 0);
  h.write(octal(0o644, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(size, 12), 124, 'ascii');
  h.write(octal(mtime, 12), 136, 'ascii');
  h.write('        ', 148, 'ascii'); // the checksum is summed with its own field as spaces
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(octal(sum, 7) + ' ', 148, 'ascii');
  return h;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

/** Files in the order given; `mtime` in seconds since the epoch, the same for every file. */
export function writeTar(files: TarFile[], mtime = 0): Buffer {
  const parts: Buffer[] = [];
  for (const f of files) parts.push(header(f.name, f.content.length, mtime), f.content, padding(f.content.length));
  parts.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(parts);
}

export class TarFormatError extends Error {}

const field = (h: Buffer, start: number, length: number) => h.subarray(start, start + length).toString('latin1').replace(/\0.*$/s, '').trim();

/** The regular files in a ustar archive, with their mtime; throws TarFormatError on anything malformed. */
export function readTar(bytes: Buffer): { files: TarFile[]; mtime: number } {
  const files: TarFile[] = [];
  let mtime = 0;
  let offset = 0;
  while (offset + BLOCK <= bytes.length) {
    const h = bytes.subarray(offset, offset + BLOCK);
    if (h.every((b) => b === 0)) return { files, mtime };
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i];
    if (parseInt(field(h, 148, 8), 8) !== sum) throw new TarFormatError(`tar: header checksum mismatch at byte ${offset}`);
    if (field(h, 257, 6) !== 'ustar') throw new TarFormatError(`tar: not a ustar header at byte ${offset}`);
    const type = field(h, 156, 1);
    if (type !== '0' && type !== '') throw new TarFormatError(`tar: only regular files are expected (type ${type})`);
    const size = parseInt(field(h, 124, 12), 8);
    mtime = parseInt(field(h, 136, 12), 8);
    const name = Buffer.from(h.subarray(0, 100)).toString('utf8').replace(/\0.*$/s, '');
    const start = offset + BLOCK;
    if (!Number.isFinite(size) || start + size > bytes.length) throw new TarFormatError(`tar: ${name} runs past the end`);
    files.push({ name, content: Buffer.from(bytes.subarray(start, start + size)) });
    offset = start + size + padding(size).length;
  }
  throw new TarFormatError('tar: no end-of-archive marker');
}

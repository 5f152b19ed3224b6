import fs from 'node:fs';
import subsetFont from 'subset-font';

// Face 0 of a TrueType collection as a standalone sfnt: its table directory, tables copied after it.
const b = fs.readFileSync('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc');
const off = b.readUInt32BE(12);
const num = b.readUInt16BE(off + 4);
const tables = [];
for (let i = 0; i < num; i++) {
  const r = off + 12 + i * 16;
  tables.push({ tag: b.subarray(r, r + 4), sum: b.readUInt32BE(r + 4), o: b.readUInt32BE(r + 8), len: b.readUInt32BE(r + 12) });
}
const head = Buffer.alloc(12 + num * 16);
b.copy(head, 0, off, off + 12);
let pos = head.length; const parts = [head];
tables.forEach((t, i) => {
  const r = 12 + i * 16;
  t.tag.copy(head, r); head.writeUInt32BE(t.sum, r + 4); head.writeUInt32BE(pos, r + 8); head.writeUInt32BE(t.len, r + 12);
  const data = b.subarray(t.o, t.o + t.len); const pad = (4 - (t.len % 4)) % 4;
  parts.push(data, Buffer.alloc(pad)); pos += t.len + pad;
});
const face0 = Buffer.concat(parts);
console.log('tables', num, 'bytes', pos);
// GB2312 level 1: rows 0xB0..0xD7, cells 0xA1..0xFE (row D7 ends at 0xF9).
const dec = new TextDecoder('gb18030');
let chars = '';
for (let hi = 0xb0; hi <= 0xd7; hi++) for (let lo = 0xa1; lo <= 0xfe; lo++) {
  if (hi === 0xd7 && lo > 0xf9) continue;
  chars += dec.decode(new Uint8Array([hi, lo]));
}
// GB2312 row 1 and 3 (symbols, full-width forms) too.
for (const hi of [0xa1, 0xa3]) for (let lo = 0xa1; lo <= 0xfe; lo++) chars += dec.decode(new Uint8Array([hi, lo]));
for (let c = 0x20; c < 0x7f; c++) chars += String.fromCharCode(c);
chars += '·—–‘’“”…、。《》「」【】〔〕，：；！？（）％×≥≤';
console.log('chars', [...new Set(chars)].length);
const out = await subsetFont(face0, chars, { targetFormat: 'truetype' });
fs.writeFileSync('wqy-microhei-gb2312.ttf', out);
console.log('bytes', out.length);

import fs from 'node:fs';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Draws the demo media (lib/demo/media/*.png) from shapes, so the demo shows pictures without any
 * download or third-party image: a post screenshot, a video thumbnail and a live room snapshot.
 * Run `npx tsx scripts/seed/make-demo-media.ts` to redraw; the output is deterministic and committed.
 *
 * The short video's clip (video-clip.webm, 3 s of VP8, 8 KB) is the thumbnail with a moving square,
 * made once with Debian's ffmpeg, bit-exact (the same command gives the same bytes) and committed:
 *   ffmpeg -loop 1 -framerate 12 -i video-thumbnail.png -f lavfi -i "color=c=0xf59e0b:s=20x20:r=12" \
 *     -filter_complex "[0][1]overlay=x='mod(t*90,300)':y=150:shortest=1,format=yuv420p" -t 3 \
 *     -c:v libvpx -b:v 120k -an -fflags +bitexact -flags:v +bitexact -map_metadata -1 video-clip.webm
 */
type Rgb = [number, number, number];
const W = 320;
const H = 180;

function canvas(fill: (x: number, y: number) => Rgb) {
  const px = new Uint8Array(W * H * 3);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) px.set(fill(x, y), (y * W + x) * 3);
  const paint = (test: (x: number, y: number) => boolean, color: Rgb) => {
    for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (test(x, y)) px.set(color, (y * W + x) * 3);
  };
  const rect = (x0: number, y0: number, w: number, h: number, color: Rgb) => paint((x, y) => x >= x0 && x < x0 + w && y >= y0 && y < y0 + h, color);
  const circle = (cx: number, cy: number, r: number, color: Rgb) => paint((x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r, color);
  return { px, paint, rect, circle };
}

function png(px: Uint8Array): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0);
  ihdr.writeUInt32BE(H, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const raw = Buffer.alloc((W * 3 + 1) * H);
  for (let y = 0; y < H; y++) Buffer.from(px.buffer, y * W * 3, W * 3).copy(raw, y * (W * 3 + 1) + 1);
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function drawDemoMedia(): Record<string, Buffer> {
  const post = canvas(() => [236, 239, 244]);
  post.rect(20, 16, 280, 148, [255, 255, 255]);
  post.circle(46, 42, 14, [120, 144, 200]);
  post.rect(68, 32, 110, 8, [60, 64, 72]);
  post.rect(68, 46, 70, 6, [160, 166, 176]);
  for (const [i, w] of [250, 232, 180].entries()) post.rect(34, 74 + i * 16, w, 8, [96, 102, 112]);
  post.rect(34, 130, 60, 18, [220, 60, 70]);

  const thumb = canvas((x, y) => [20 + Math.round((x / W) * 40), 30 + Math.round((y / H) * 30), 60 + Math.round((x / W) * 80)]);
  thumb.paint((x, y) => Math.abs(y - 90) * 1.6 < 40 - (x - 140) && x >= 140, [250, 250, 250]);
  thumb.rect(0, 164, W, 16, [10, 10, 14]);
  thumb.rect(0, 164, 120, 16, [220, 40, 60]);

  const live = canvas((x, y) => [70 + Math.round((y / H) * 60), 30, 90 + Math.round((x / W) * 90)]);
  live.circle(160, 78, 30, [240, 200, 170]);
  live.paint((x, y) => y >= 112 && Math.abs(x - 160) < 30 + (y - 112) * 0.9, [40, 40, 60]);
  live.rect(14, 12, 46, 20, [230, 30, 50]);
  live.rect(22, 19, 30, 6, [255, 255, 255]);
  for (const [i, w] of [150, 110, 170].entries()) live.rect(200 - (i % 2) * 30, 126 + i * 16, w / 2, 8, [255, 255, 255]);

  return { 'post-screenshot.png': png(post.px), 'video-thumbnail.png': png(thumb.px), 'live-snapshot.png': png(live.px) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.join(process.cwd(), 'lib', 'demo', 'media');
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(drawDemoMedia())) {
    fs.writeFileSync(path.join(dir, name), bytes);
    console.log(`${name}: ${bytes.length} bytes`);
  }
}

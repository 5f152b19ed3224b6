import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditLog, evidenceSnapshots, prepublicationVideos, type Staff } from '@/db/schema';
import { serveMedia } from '@/lib/media/serve';
import { mediaPolicy } from '@/lib/security/headers';
import { sha256OfBytes } from '@/lib/media/fetch';
import { demoMediaUrl } from '@/lib/media/source';
import { demoMedia, demoVideo } from '@/scripts/seed/demo-media';
import { receiveReport } from '@/lib/reports/api';
import { receivePrepublication } from '@/lib/videos/api';
import { verifyEvidence } from '@/lib/reports/evidence';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { createStaff } from '../support/staff';
import { createTestApiKey } from '../support/api';

/**
 * The media proxy against a real HTTP server on 127.0.0.1, started here: what it refuses (private
 * addresses off the allow-list, a changed file, a wrong type, an oversize file) and that it serves
 * exactly the recorded bytes with the guarding headers.
 */
const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.from('a tiny test picture')]);
const big = Buffer.alloc(4096, 7);
const routes: Record<string, { type: string; body: Buffer; status?: number; headers?: Record<string, string> }> = {
  '/ok.png': { type: 'image/png', body: png },
  '/changed.png': { type: 'image/png', body: Buffer.concat([png, Buffer.from('!')]) },
  '/page.html': { type: 'text/html', body: Buffer.from('<script>alert(1)</script>') },
  '/drawing.svg': { type: 'image/svg+xml', body: Buffer.from('<svg onload="alert(1)"/>') },
  '/big.png': { type: 'image/png', body: big },
  '/moved.png': { type: 'text/plain', body: Buffer.from(''), status: 302, headers: { location: '/ok.png' } },
};

let server: http.Server;
let base: string;
let host: string;
let t: TestDatabase;
let key: string;
let mod: Staff;
let admin: Staff;
const saved = { hosts: process.env.MEDIA_ALLOWED_HOSTS, max: process.env.MEDIA_MAX_BYTES };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const r = routes[req.url ?? ''];
    if (!r) return res.writeHead(404).end();
    res.writeHead(r.status ?? 200, { 'content-type': r.type, ...r.headers }).end(r.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  base = `http://${host}`;
  t = await createTestDatabase();
  key = (await createTestApiKey(t.db)).key;
  mod = await createStaff(t.db, 'moderator');
  admin = await createStaff(t.db, 'admin');
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.drop();
});
afterEach(() => {
  process.env.MEDIA_ALLOWED_HOSTS = saved.hosts;
  process.env.MEDIA_MAX_BYTES = saved.max;
  if (saved.hosts === undefined) delete process.env.MEDIA_ALLOWED_HOSTS;
  if (saved.max === undefined) delete process.env.MEDIA_MAX_BYTES;
});

const item = (path: string, sha = sha256OfBytes(png), kind = 'image') => ({ kind, url: `${base}${path}`, sha256: sha });
let n = 0;
const noParams = { params: Promise.resolve({}) };

/** Files a report through the API with these media items; returns its evidence id. */
async function reportWith(media: unknown[]): Promise<string> {
  const res = await receiveReport(new Request('http://test/api/v1/reports', {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      externalId: `media-${++n}`, channel: 'post', reporter: { accountId: 'r1' }, target: { accountId: 'victim', isMinor: false },
      subject: { contentId: `post-media-${n}`, accountId: 'poster', text: 'look at this', createdAt: '2026-12-01T08:00:00Z', media },
    }),
  }), noParams);
  expect(res.status, await res.clone().text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const [row] = await t.db.select({ evidenceId: evidenceSnapshots.id }).from(evidenceSnapshots)
    .where(eq(evidenceSnapshots.id, (await t.db.query.reports.findFirst({ where: (r, { eq: is }) => is(r.id, id) }))!.evidenceId));
  return row.evidenceId;
}

const as = (who: Staff | null) => ({ db: t.db, staffId: who?.id ?? null, requestId: `media-${++n}` });
const allow = () => { process.env.MEDIA_ALLOWED_HOSTS = host; };

describe('the media proxy', () => {
  it('stores the media list inside the hashed evidence snapshot', async () => {
    const evidenceId = await reportWith([item('/ok.png')]);
    const [row] = await t.db.select().from(evidenceSnapshots).where(eq(evidenceSnapshots.id, evidenceId));
    expect((row.content as { media: unknown[] }).media).toEqual([{ kind: 'image', url: `${base}/ok.png`, sha256: sha256OfBytes(png) }]);
    expect(verifyEvidence(row.content, row.sha256)).toBe(true);
  });

  it('serves the recorded bytes from an allow-listed host, with the guarding headers, and audits the opening', async () => {
    allow();
    const evidenceId = await reportWith([item('/ok.png')]);
    const res = await serveMedia(as(mod), evidenceId, '0');
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe(mediaPolicy);
    expect(res.headers.get('cache-control')).toMatch(/^private/);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'media.open'), eq(auditLog.targetId, evidenceId)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ actorId: mod.id, after: { index: 0, kind: 'image', sha256: sha256OfBytes(png) } });
  });

  it('refuses a loopback address that the allow-list does not name', async () => {
    const evidenceId = await reportWith([item('/ok.png')]);
    const res = await serveMedia(as(mod), evidenceId, '0');
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ error: 'private_address' });
    process.env.MEDIA_ALLOWED_HOSTS = '127.0.0.1:1';
    expect(await (await serveMedia(as(mod), evidenceId, '0')).json()).toMatchObject({ error: 'private_address' });
  });

  it('refuses private addresses reached by name, and cloud metadata by number', async () => {
    const evidenceId = await reportWith([
      { kind: 'image', url: `http://localhost:${host.split(':')[1]}/ok.png`, sha256: sha256OfBytes(png) },
      { kind: 'image', url: 'http://169.254.169.254/latest/meta-data', sha256: sha256OfBytes(png) },
      { kind: 'image', url: 'http://[::1]/ok.png', sha256: sha256OfBytes(png) },
    ]);
    for (const index of ['0', '1', '2']) {
      expect(await (await serveMedia(as(mod), evidenceId, index)).json(), index).toMatchObject({ error: 'private_address' });
    }
  });

  it('refuses a file whose bytes no longer match the recorded SHA-256, saying so', async () => {
    allow();
    const evidenceId = await reportWith([item('/changed.png')]);
    const res = await serveMedia(as(mod), evidenceId, '0');
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('hash_mismatch');
    expect(body.message).toMatch(/does not match the SHA-256/);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('refuses HTML, SVG, a video kind served as an image, and redirects', async () => {
    allow();
    const evidenceId = await reportWith([
      item('/page.html', sha256OfBytes(routes['/page.html'].body)),
      item('/drawing.svg', sha256OfBytes(routes['/drawing.svg'].body)),
      item('/ok.png', sha256OfBytes(png), 'video'),
      item('/moved.png'),
    ]);
    const errors = [];
    for (const index of ['0', '1', '2', '3']) errors.push(((await (await serveMedia(as(mod), evidenceId, index)).json()) as { error: string }).error);
    expect(errors).toEqual(['bad_type', 'bad_type', 'kind_mismatch', 'status']);
  });

  it('refuses a file over the size cap', async () => {
    allow();
    process.env.MEDIA_MAX_BYTES = '1000';
    const evidenceId = await reportWith([item('/big.png', sha256OfBytes(big))]);
    expect(await (await serveMedia(as(mod), evidenceId, '0')).json()).toMatchObject({ error: 'too_large' });
    process.env.MEDIA_MAX_BYTES = '100000';
    expect((await serveMedia(as(mod), evidenceId, '0')).status).toBe(200);
  });

  it('answers only signed-in staff with case.view, and only for items that exist', async () => {
    allow();
    const evidenceId = await reportWith([item('/ok.png')]);
    expect((await serveMedia(as(null), evidenceId, '0')).status).toBe(401);
    expect((await serveMedia(as(admin), evidenceId, '0')).status).toBe(403);
    expect((await serveMedia(as(mod), evidenceId, '1')).status).toBe(404);
    expect((await serveMedia(as(mod), evidenceId, 'x')).status).toBe(404);
    expect((await serveMedia(as(mod), 'not-a-uuid', '0')).status).toBe(404);
  });

  it('serves nothing from a snapshot changed after capture', async () => {
    allow();
    const evidenceId = await reportWith([item('/ok.png')]);
    await t.db.execute(sql`update evidence_snapshots set content = jsonb_set(content, '{text}', '"edited"') where id = ${evidenceId}`);
    const res = await serveMedia(as(mod), evidenceId, '0');
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: 'evidence_tampered' });
  });

  it('serves the shipped demo pictures from the demo media source in demo mode, through the same hash check', async () => {
    const demo = process.env.BULWARK_DEMO;
    process.env.BULWARK_DEMO = '1';
    try {
      const snapshot = demoMedia('snapshot', 'live-snapshot.png');
      const evidenceId = await reportWith([snapshot, { ...snapshot, sha256: 'c'.repeat(64) }, { ...snapshot, url: demoMediaUrl('../../package.json') }]);
      const res = await serveMedia(as(mod), evidenceId, '0');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(sha256OfBytes(Buffer.from(await res.arrayBuffer()))).toBe(snapshot.sha256);
      expect(await (await serveMedia(as(mod), evidenceId, '1')).json()).toMatchObject({ error: 'hash_mismatch' });
      // Only files in the demo folder: a path outside it is just a missing file.
      expect(await (await serveMedia(as(mod), evidenceId, '2')).json()).toMatchObject({ error: 'status' });
      // A short video's evidence carries the clip itself, served as video for the case page's player.
      const [, clip] = demoVideo();
      const played = await serveMedia(as(mod), await reportWith([clip]), '0');
      expect(played.status).toBe(200);
      expect(played.headers.get('content-type')).toBe('video/webm');
      expect(sha256OfBytes(Buffer.from(await played.arrayBuffer()))).toBe(clip.sha256);
    } finally {
      if (demo === undefined) delete process.env.BULWARK_DEMO; else process.env.BULWARK_DEMO = demo;
    }
  });

  it('refuses bad media in intake, naming the field', async () => {
    const res = await receiveReport(new Request('http://test/api/v1/reports', {
      method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        externalId: 'media-bad', channel: 'post', reporter: { accountId: 'r1' }, target: { accountId: 'v', isMinor: false },
        subject: { accountId: 'p', text: 't', createdAt: '2026-12-01T08:00:00Z', media: [{ kind: 'image', url: 'file:///etc/passwd', sha256: 'abc' }] },
      }),
    }), noParams);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('subject.media.0.url');
    expect(text).toContain('subject.media.0.sha256');
  });

  it("keeps a held video's media in an evidence snapshot and serves it", async () => {
    allow();
    const res = await receivePrepublication(new Request('http://test/api/v1/videos/prepublication', {
      method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ externalId: 'vid-media-1', title: 'My day', uploaderAccountId: 'u1', riskReasons: ['violence'], media: [item('/ok.png', sha256OfBytes(png), 'thumbnail')] }),
    }), noParams);
    expect(res.status).toBeLessThan(300);
    const [video] = await t.db.select().from(prepublicationVideos).where(eq(prepublicationVideos.externalId, 'vid-media-1'));
    expect(video.evidenceId).not.toBeNull();
    const served = await serveMedia(as(mod), video.evidenceId!, '0');
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
  });
});

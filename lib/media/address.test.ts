import { describe, expect, it } from 'vitest';
import { checkMediaUrl, isAllowListed, isPrivateAddress, parseAllowList } from './address';
import { allowedType, typeFitsKind } from './content-type';

describe('media addresses', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast and unspecified IPv4', () => {
    for (const a of ['127.0.0.1', '127.8.9.10', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
  });

  it('allows public IPv4, including neighbours of the private ranges', () => {
    for (const a of ['8.8.8.8', '172.15.0.1', '172.32.0.1', '100.63.255.255', '100.128.0.1', '193.0.0.1', '11.0.0.1']) {
      expect(isPrivateAddress(a), a).toBe(false);
    }
  });

  it('refuses IPv6 loopback, unique-local, link-local, multicast and IPv4-mapped private addresses', () => {
    for (const a of ['::1', '::', 'fd00::1', 'fc12::3', 'fe80::1', 'ff02::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a00:1', '[::1]', '64:ff9b::a00:1']) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    expect(isPrivateAddress('2606:4700::1111')).toBe(false);
    expect(isPrivateAddress('::ffff:8.8.8.8')).toBe(false);
  });

  it('treats what is not an address as private rather than guessing', () => {
    expect(isPrivateAddress('localhost')).toBe(true);
    expect(isPrivateAddress('')).toBe(true);
  });

  it('accepts only http and https URLs without credentials', () => {
    expect(checkMediaUrl('https://media.example/a.png').ok).toBe(true);
    expect(checkMediaUrl('http://media.example:8080/a.png').ok).toBe(true);
    expect(checkMediaUrl('file:///etc/passwd')).toEqual({ ok: false, reason: 'bad_scheme' });
    expect(checkMediaUrl('gopher://x/')).toEqual({ ok: false, reason: 'bad_scheme' });
    expect(checkMediaUrl('javascript:alert(1)')).toEqual({ ok: false, reason: 'bad_scheme' });
    expect(checkMediaUrl('not a url')).toEqual({ ok: false, reason: 'bad_url' });
    expect(checkMediaUrl('https://user:pw@media.example/a.png')).toEqual({ ok: false, reason: 'credentials' });
  });

  it('matches the allow-list by host, or by host and port when a port is named', () => {
    const list = parseAllowList(' Media.Internal , 127.0.0.1:4010,');
    expect(list).toEqual(['media.internal', '127.0.0.1:4010']);
    expect(isAllowListed(new URL('https://media.internal/a.png'), list)).toBe(true);
    expect(isAllowListed(new URL('http://MEDIA.internal:9000/a.png'), list)).toBe(true);
    expect(isAllowListed(new URL('http://127.0.0.1:4010/a.png'), list)).toBe(true);
    expect(isAllowListed(new URL('http://127.0.0.1:4011/a.png'), list)).toBe(false);
    expect(isAllowListed(new URL('http://media.internal.evil.test/a.png'), list)).toBe(false);
    expect(isAllowListed(new URL('http://127.0.0.1/a.png'), parseAllowList(undefined))).toBe(false);
  });
});

describe('media types', () => {
  it('serves only allow-listed image and video types, never SVG or HTML', () => {
    expect(allowedType('image/png')).toBe('image/png');
    expect(allowedType('IMAGE/JPEG; charset=binary')).toBe('image/jpeg');
    expect(allowedType('image/svg+xml')).toBeNull();
    expect(allowedType('text/html')).toBeNull();
    expect(allowedType('application/octet-stream')).toBeNull();
    expect(allowedType(undefined)).toBeNull();
    expect(allowedType('constructor')).toBeNull();
  });

  it('fits videos to the video kind and images to the others', () => {
    expect(typeFitsKind('video/mp4', 'video')).toBe(true);
    expect(typeFitsKind('image/png', 'video')).toBe(false);
    expect(typeFitsKind('image/png', 'snapshot')).toBe(true);
    expect(typeFitsKind('video/webm', 'thumbnail')).toBe(false);
  });
});

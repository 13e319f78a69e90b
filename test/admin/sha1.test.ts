/** The admin module's SHA-1 and UUIDv5 (no node:crypto, so they run in the Werkstatt too): published test vectors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sha1 } from '../../src/admin/hsds/sha1.js';
import { uuidV5 } from '../../src/admin/hsds/ids.js';

const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
const utf8 = (text: string) => new TextEncoder().encode(text);

test('SHA-1: the FIPS 180 examples, the empty string and a million a', () => {
  assert.equal(hex(sha1(utf8('abc'))), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.equal(hex(sha1(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))), '84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  assert.equal(hex(sha1(new Uint8Array())), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
  assert.equal(hex(sha1(utf8('a'.repeat(1_000_000)))), '34aa973cd4c4daa4f61eeb2bdbad27316534016f');
});

test('UUIDv5: the RFC 9562 example (DNS namespace, www.example.com)', () => {
  assert.equal(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'), '2ed6657d-e927-568b-95e1-2665a8aea6a2');
  assert.throws(() => uuidV5('x', 'not-a-uuid'), /not a UUID/);
});

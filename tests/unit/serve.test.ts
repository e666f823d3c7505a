/** scripts/serve.ts compresses as nginx does, so local measurements see the bytes a phone gets. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startServer } from '../../scripts/serve.ts';

let base = '';
let close = () => undefined as void;
const page = '<!doctype html><p>' + 'Hjelp '.repeat(500) + '</p>';
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'finnhjelp-serve-'));
  mkdirSync(join(root, 'nb', 'tjeneste', 'x'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><p>shell</p>');
  writeFileSync(join(root, 'nb', 'tjeneste', 'x', 'index.html'), page);
  writeFileSync(join(root, 'tiny.json'), '{}');
  writeFileSync(join(root, 'icon.png'), Buffer.alloc(2048, 1));
  const server = await startServer({ root, port: 0 });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => void server.close();
});
afterAll(() => close());

async function raw(path: string, encoding: string | null) {
  // node's fetch always decodes; read the raw bytes with http.get instead.
  const { get } = await import('node:http');
  return new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((ok, fail) => {
    get(base + path, { headers: encoding ? { 'Accept-Encoding': encoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

describe('serve.ts compression', () => {
  test('a prerendered page is gzipped when the browser accepts it, and decodes to the file', async () => {
    const r = await raw('/nb/tjeneste/x', 'gzip, deflate, br');
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.headers.vary).toBe('Accept-Encoding');
    expect(r.body.length).toBeLessThan(page.length / 5);
    expect(gunzipSync(r.body).toString('utf8')).toBe(page);
  });

  test('not gzipped without Accept-Encoding, nor when tiny, nor images', async () => {
    expect((await raw('/nb/tjeneste/x', null)).headers['content-encoding']).toBeUndefined();
    expect((await raw('/nb/tjeneste/x', 'br')).headers['content-encoding']).toBeUndefined();
    expect((await raw('/tiny.json', 'gzip')).headers['content-encoding']).toBeUndefined();
    expect((await raw('/icon.png', 'gzip')).headers['content-encoding']).toBeUndefined();
  });
});

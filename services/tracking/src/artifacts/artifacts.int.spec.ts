import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { INestApplication } from '@nestjs/common';
import { json, NO_DATABASE, send, startArtifactsApp, writeInChunks } from './testing/artifacts-app';

const A = '/api/2.0/mlflow-artifacts/artifacts';
const CANARY = 'canary: outside the artifact root';

describe('mlflow-artifacts over HTTP (ArtifactsModule in a minimal Nest app)', () => {
  let base: string;
  let root: string;
  let app: INestApplication;
  let port: number;

  beforeAll(async () => {
    base = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-artifacts-int-'));
    root = path.join(base, 'root');
    await fs.mkdir(path.join(base, 'outside'));
    await fs.writeFile(path.join(base, 'canary.txt'), CANARY);
    await fs.writeFile(path.join(base, 'outside', 'secret.txt'), CANARY);
    ({ app, port } = await startArtifactsApp(root, NO_DATABASE));
    await fs.mkdir(root, { recursive: true });
    await fs.symlink(path.join(base, 'outside'), path.join(root, 'escape'));
  });

  afterAll(async () => {
    await app?.close();
    await fs.rm(base, { recursive: true, force: true });
  });

  describe('the MLflow round trip', () => {
    it('PUT stores the body and answers {}; GET returns it with type, length and attachment headers', async () => {
      const put = await send(port, 'PUT', `${A}/1/run-a/artifacts/notes/hello.txt`, 'hello\n', { 'Content-Type': 'text/plain' });
      expect(put.status).toBe(200);
      expect(json(put)).toEqual({});
      const get = await send(port, 'GET', `${A}/1/run-a/artifacts/notes/hello.txt`);
      expect(get.status).toBe(200);
      expect(get.body.toString()).toBe('hello\n');
      expect(get.headers).toMatchObject({
        'content-type': 'text/plain',
        'content-length': '6',
        'content-disposition': 'attachment; filename="hello.txt"',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      });
    });

    it('a .json file sent as application/json is stored byte for byte, not parsed', async () => {
      const raw = '{"b": 1,   "a": [1,2]}\n';
      expect((await send(port, 'PUT', `${A}/1/run-a/artifacts/input_example.json`, raw, { 'Content-Type': 'application/json' })).status).toBe(200);
      expect((await send(port, 'GET', `${A}/1/run-a/artifacts/input_example.json`)).body.toString()).toBe(raw);
    });

    it('binary bytes round-trip unchanged, including an empty file', async () => {
      const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
      await send(port, 'PUT', `${A}/1/run-a/artifacts/model/model.pkl`, bytes, { 'Content-Type': 'application/octet-stream' });
      await send(port, 'PUT', `${A}/1/run-a/artifacts/model/empty.bin`, Buffer.alloc(0));
      expect((await send(port, 'GET', `${A}/1/run-a/artifacts/model/model.pkl`)).body.equals(bytes)).toBe(true);
      const empty = await send(port, 'GET', `${A}/1/run-a/artifacts/model/empty.bin`);
      expect([empty.status, empty.headers['content-length'], empty.body.length]).toEqual([200, '0', 0]);
    });

    it('GET ?path lists direct children as {files:[{path,is_dir,file_size}]}', async () => {
      const listed = await send(port, 'GET', `${A}?path=1/run-a/artifacts`);
      expect(json(listed)).toEqual({
        files: [
          { path: 'input_example.json', is_dir: false, file_size: 23 },
          { path: 'model', is_dir: true },
          { path: 'notes', is_dir: true },
        ],
      });
      expect(json(await send(port, 'GET', `${A}?path=1/nothing-here`))).toEqual({ files: [] });
    });

    it('the same routes answer under /ajax-api', async () => {
      const get = await send(port, 'GET', '/ajax-api/2.0/mlflow-artifacts/artifacts/1/run-a/artifacts/notes/hello.txt');
      expect(get.body.toString()).toBe('hello\n');
    });

    it('a missing file is 404 RESOURCE_DOES_NOT_EXIST; a directory is 400', async () => {
      const missing = await send(port, 'GET', `${A}/1/run-a/artifacts/nope.txt`);
      expect(missing.status).toBe(404);
      expect(json(missing)).toMatchObject({ error_code: 'RESOURCE_DOES_NOT_EXIST' });
      expect((await send(port, 'GET', `${A}/1/run-a/artifacts/model`)).status).toBe(400);
    });

    it('DELETE removes a file and answers {}', async () => {
      await send(port, 'PUT', `${A}/1/run-b/gone.txt`, 'x');
      const deleted = await send(port, 'DELETE', `${A}/1/run-b/gone.txt`);
      expect([deleted.status, json(deleted)]).toEqual([200, {}]);
      expect((await send(port, 'GET', `${A}/1/run-b/gone.txt`)).status).toBe(404);
    });

    it('multipart upload answers 501 NOT_IMPLEMENTED, as MLflow does for a local store', async () => {
      const reply = await send(port, 'POST', '/api/2.0/mlflow-artifacts/mpu/create/1/big.bin', '{"path":"big.bin","num_parts":2}', {
        'Content-Type': 'application/json',
      });
      expect(reply.status).toBe(501);
      expect(json(reply)).toMatchObject({ error_code: 'NOT_IMPLEMENTED' });
    });

    it('a 128 MiB upload streams to disk: memory stays far below the body size', async () => {
      const chunk = Buffer.alloc(1024 * 1024, 7);
      const before = process.memoryUsage().arrayBuffers;
      let peak = before;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().arrayBuffers)), 5);
      const reply = await new Promise<number>((resolve, reject) => {
        const request = http.request(
          { host: '127.0.0.1', port, method: 'PUT', path: `${A}/1/big/blob.bin`, headers: { Host: 'localhost', 'Content-Length': String(128 * chunk.length) } },
          (response) => response.resume().on('end', () => resolve(response.statusCode ?? 0)),
        );
        request.on('error', reject);
        writeInChunks(request, chunk, 128);
      });
      clearInterval(sampler);
      expect(reply).toBe(200);
      expect((await fs.stat(path.join(root, '1/big/blob.bin'))).size).toBe(128 * chunk.length);
      expect(peak - before).toBeLessThan(64 * 1024 * 1024);
    });
  });

  /** Each sent over real HTTP; a refusal must be a 4xx that neither reads nor writes anything outside the root. */
  describe('MLflow path-traversal CVEs as HTTP attacks', () => {
    const attacks: Array<[string, string, string]> = [
      ['GET', 'plain ..', `${A}/../canary.txt`],
      ['GET', 'deep ..', `${A}/1/../../../canary.txt`],
      ['GET', 'CVE-2023-2780 backslash', `${A}/..\\canary.txt`],
      ['GET', 'CVE-2023-2780 encoded backslash', `${A}/1%5c..%5c..%5ccanary.txt`],
      ['GET', 'CVE-2024-1560 %2e%2e', `${A}/%2e%2e/canary.txt`],
      ['GET', 'CVE-2024-1560 %2e%2e%2f', `${A}/%2e%2e%2fcanary.txt`],
      ['GET', 'CVE-2024-1560 double-encoded', `${A}/%252e%252e/canary.txt`],
      ['GET', 'absolute via %2f', `${A}/%2f${encodeURIComponent(path.join(os.tmpdir()))}`],
      ['GET', 'NUL byte', `${A}/a.txt%00.png`],
      ['GET', 'CVE-2023-6909/CVE-2024-3848 fragment', `${A}/a%23/../../canary.txt`],
      ['GET', 'CVE-2024-1593 path parameter', `${A}/a;/../../canary.txt`],
      ['GET', 'symlink escaping the root', `${A}/escape/secret.txt`],
      ['GET', 'list with ..', `${A}?path=..`],
      ['GET', 'list with double-encoded ..', `${A}?path=%252e%252e`],
      ['GET', 'list through a symlink', `${A}?path=escape`],
      ['PUT', 'write with ..', `${A}/../canary.txt`],
      ['PUT', 'write with %2e%2e', `${A}/%2e%2e/pwned.txt`],
      ['PUT', 'write double-encoded', `${A}/%252e%252e/pwned.txt`],
      ['PUT', 'write backslash', `${A}/..%5cpwned.txt`],
      ['PUT', 'write through a symlink', `${A}/escape/pwned.txt`],
      ['PUT', 'write through a symlink, new dirs', `${A}/escape/deep/pwned.txt`],
      ['DELETE', 'CVE-2024-1560 delete %2e%2e', `${A}/%2e%2e/canary.txt`],
      ['DELETE', 'delete double-encoded', `${A}/%252e%252e/canary.txt`],
      ['DELETE', 'delete through a symlink', `${A}/escape/secret.txt`],
      ['POST', 'multipart create with ..', '/api/2.0/mlflow-artifacts/mpu/create/%2e%2e/pwned.bin'],
    ];

    it.each(attacks)('%s %s is refused with a 4xx and no effect', async (method, _name, rawPath) => {
      const headers: Record<string, string> = method === 'POST' ? { 'Content-Type': 'application/json' } : {};
      const body = method === 'PUT' ? 'pwned' : method === 'POST' ? '{}' : undefined;
      const reply = await send(port, method, rawPath, body, headers);
      expect(reply.status).toBeGreaterThanOrEqual(400);
      expect(reply.status).toBeLessThan(500);
      expect(reply.body.toString()).not.toContain(CANARY);
      expect(json(reply)).toHaveProperty('error_code');
      expect(await fs.readFile(path.join(base, 'canary.txt'), 'utf8')).toBe(CANARY);
      expect(await fs.readFile(path.join(base, 'outside', 'secret.txt'), 'utf8')).toBe(CANARY);
      expect((await fs.readdir(base)).sort()).toEqual(['canary.txt', 'outside', 'root']);
      expect(await fs.readdir(path.join(base, 'outside'))).toEqual(['secret.txt']);
    });

    it('path refusals are 400 INVALID_PARAMETER_VALUE, and the next valid request still succeeds', async () => {
      const refused = await send(port, 'GET', `${A}/%252e%252e/canary.txt`);
      expect(refused.status).toBe(400);
      expect(json(refused)).toMatchObject({ error_code: 'INVALID_PARAMETER_VALUE' });
      expect((await send(port, 'GET', `${A}/1/run-a/artifacts/notes/hello.txt`)).status).toBe(200);
    });
  });

  describe('with applyHttpSecurity installed before init', () => {
    it('a rebound Host is 403 and a text/plain POST to a JSON route is 400', async () => {
      expect((await send(port, 'GET', `${A}?path=1`, undefined, { Host: 'evil.example' })).status).toBe(403);
      const csrf = await send(port, 'POST', '/api/2.0/mlflow-artifacts/mpu/create/1/x.bin', '{}', { 'Content-Type': 'text/plain' });
      expect(csrf.status).toBe(400);
    });
  });
});

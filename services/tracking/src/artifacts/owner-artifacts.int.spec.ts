import * as fs from 'node:fs/promises';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { INestApplication } from '@nestjs/common';
import { LoggedModelsStore } from '../application/logged-models-store';
import { TrackingStore } from '../application/tracking-store';
import { PostgresLoggedModelsRepository } from '../infrastructure/postgres/logged-models/postgres-logged-models-repository';
import { PostgresTrackingRepository } from '../infrastructure/postgres/postgres-tracking-repository';
import { createTrackingTestDatabase, testCommands, TrackingTestDatabase } from '../testing/tracking-database';
import { json, Reply, send, startArtifactsApp, writeInChunks } from './testing/artifacts-app';

const CANARY = 'canary: outside the artifact root';
const SECRET = "secret: another run's artifact";
const LIST = '/api/2.0/mlflow/artifacts/list';
const UPLOAD = '/ajax-api/2.0/mlflow/upload-artifact';
const JSON_TYPE = { 'Content-Type': 'application/json' };

let db: TrackingTestDatabase;
let base: string;
let root: string;
let app: INestApplication;
let port: number;
let runId: string;
let victimRunId: string;
let localRunId: string;
let modelId: string;
const ctx = testCommands();

async function write(relative: string, data: string | Buffer): Promise<void> {
  const file = path.join(root, relative);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, data);
}

beforeAll(async () => {
  db = await createTrackingTestDatabase('owner-artifacts-int');
  const { pool } = db;
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-owner-artifacts-int-'));
  root = path.join(base, 'root');
  await fs.writeFile(path.join(base, 'canary.txt'), CANARY);

  const tracking = new TrackingStore(new PostgresTrackingRepository(pool), root);
  const models = new LoggedModelsStore(new PostgresLoggedModelsRepository(pool), new PostgresTrackingRepository(pool));
  const experimentId = await tracking.createExperiment({ name: 'owner-artifacts' }, ctx());
  runId = (await tracking.createRun({ experimentId }, ctx())).info.runId;
  victimRunId = (await tracking.createRun({ experimentId }, ctx())).info.runId;
  const localExperiment = await tracking.createExperiment({ name: 'local', artifactLocation: path.join(root, 'local-exp') }, ctx());
  localRunId = (await tracking.createRun({ experimentId: localExperiment }, ctx())).info.runId;
  modelId = (await models.createLoggedModel({ experimentId, name: 'm', sourceRunId: runId }, ctx())).modelId;

  const run = `${experimentId}/${runId}/artifacts`;
  await write(`${run}/notes.txt`, 'hello\n');
  await write(`${run}/report.html`, '<script>alert(1)</script>');
  await write(`${run}/model/MLmodel`, 'flavors: {}\n');
  await write(`${run}/model/model.pkl`, Buffer.from([0, 1, 2, 255]));
  await write(`${experimentId}/${victimRunId}/artifacts/secret.txt`, SECRET);
  await write(`local-exp/${localRunId}/artifacts/local.txt`, 'local\n');
  await write(`${experimentId}/models/${modelId}/artifacts/MLmodel`, 'artifact_path: model\n');
  await write(`${experimentId}/models/${modelId}/artifacts/data/weights.bin`, Buffer.alloc(16, 1));
  await fs.mkdir(path.join(base, 'outside'));
  await fs.writeFile(path.join(base, 'outside', 'secret.txt'), CANARY);
  await fs.symlink(path.join(base, 'outside'), path.join(root, run, 'escape'));
  await fs.symlink(path.join(base, 'outside'), path.join(root, `${experimentId}/models/${modelId}/artifacts/escape`));

  ({ app, port } = await startArtifactsApp(root, pool));
}, 60_000);

afterAll(async () => {
  await app?.close();
  await db?.drop();
  await fs.rm(base, { recursive: true, force: true });
});

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
const get = (route: string, params: Record<string, string>) => send(port, 'GET', `${route}?${q(params)}`);
const upload = (params: Record<string, string>, body: string | Buffer, headers: Record<string, string> = JSON_TYPE) =>
  send(port, 'POST', `${UPLOAD}?${q(params)}`, body, headers);
const errorOf = (reply: Reply) => [reply.status, (json(reply) as { error_code: string }).error_code];

describe('ListArtifacts (GET /mlflow/artifacts/list)', () => {
  it("lists the run's top level with paths relative to the run and the run's artifact_uri as root_uri", async () => {
    const reply = await get(LIST, { run_id: runId });
    expect(reply.status).toBe(200);
    expect(json(reply)).toEqual({
      root_uri: expect.stringMatching(new RegExp(`^mlflow-artifacts:/\\d+/${runId}/artifacts$`)),
      files: [
        { path: 'model', is_dir: true },
        { path: 'notes.txt', is_dir: false, file_size: 6 },
        { path: 'report.html', is_dir: false, file_size: 25 },
      ],
    });
  });

  it('lists a sub-directory with its prefix, normalises slashes, accepts page_token and answers under /ajax-api', async () => {
    const expected = {
      files: [
        { path: 'model/MLmodel', is_dir: false, file_size: 12 },
        { path: 'model/model.pkl', is_dir: false, file_size: 4 },
      ],
    };
    expect(json(await get(LIST, { run_id: runId, path: 'model' }))).toMatchObject(expected);
    expect(json(await get(LIST, { run_id: runId, path: 'model//', page_token: 'x' }))).toMatchObject(expected);
    expect(json(await get('/ajax-api/2.0/mlflow/artifacts/list', { run_id: runId, path: 'model' }))).toMatchObject(expected);
  });

  it('a missing directory or a file lists as empty; an unknown run is 404; no run_id is 400', async () => {
    expect(json(await get(LIST, { run_id: runId, path: 'nothing' }))).toMatchObject({ files: [] });
    expect(json(await get(LIST, { run_id: runId, path: 'notes.txt' }))).toMatchObject({ files: [] });
    expect(errorOf(await get(LIST, { run_id: 'f'.repeat(32) }))).toEqual([404, 'RESOURCE_DOES_NOT_EXIST']);
    expect(errorOf(await get(LIST, {}))).toEqual([400, 'INVALID_PARAMETER_VALUE']);
  });

  it('serves a run whose experiment keeps artifacts at a local path inside the root', async () => {
    const listed = json(await get(LIST, { run_id: localRunId }));
    expect(listed).toEqual({ root_uri: path.join(root, 'local-exp', localRunId, 'artifacts'), files: [{ path: 'local.txt', is_dir: false, file_size: 6 }] });
    expect((await get('/get-artifact', { run_id: localRunId, path: 'local.txt' })).body.toString()).toBe('local\n');
  });
});

describe('GET /get-artifact (the MLflow UI download)', () => {
  it('streams a text file as text/plain, as an attachment, nosniff and sandboxed', async () => {
    const reply = await get('/get-artifact', { run_id: runId, path: 'notes.txt' });
    expect([reply.status, reply.body.toString()]).toEqual([200, 'hello\n']);
    expect(reply.headers).toMatchObject({
      'content-type': 'text/plain',
      'content-length': '6',
      'content-disposition': 'attachment; filename="notes.txt"',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
  });

  it('never serves HTML as text/html, and binary bytes unchanged as application/octet-stream', async () => {
    const html = await get('/get-artifact', { run_uuid: runId, path: 'report.html' });
    expect([html.status, html.headers['content-type']]).toEqual([200, 'application/octet-stream']);
    const binary = await get('/get-artifact', { run_id: runId, path: 'model/model.pkl' });
    expect([binary.headers['content-type'], [...binary.body]]).toEqual(['application/octet-stream', [0, 1, 2, 255]]);
  });

  it('a missing file is 404, a directory 400, an unknown run 404 and a missing path 400', async () => {
    expect(errorOf(await get('/get-artifact', { run_id: runId, path: 'nope.txt' }))).toEqual([404, 'RESOURCE_DOES_NOT_EXIST']);
    expect(errorOf(await get('/get-artifact', { run_id: runId, path: 'model' }))).toEqual([400, 'INVALID_PARAMETER_VALUE']);
    expect(errorOf(await get('/get-artifact', { run_id: 'f'.repeat(32), path: 'notes.txt' }))).toEqual([404, 'RESOURCE_DOES_NOT_EXIST']);
    expect(errorOf(await get('/get-artifact', { run_id: runId }))).toEqual([400, 'INVALID_PARAMETER_VALUE']);
  });
});

describe('POST /ajax-api/2.0/mlflow/upload-artifact (the MLflow UI upload)', () => {
  it('stores the JSON body byte for byte under the run, creating directories, and it can be read back', async () => {
    const body = '{"b": 1,   "a": [1, 2.50]}';
    const reply = await upload({ run_uuid: runId, path: 'ui/state/chart.json' }, body);
    expect([reply.status, json(reply)]).toEqual([200, {}]);
    expect((await get('/get-artifact', { run_id: runId, path: 'ui/state/chart.json' })).body.toString()).toBe(body);
  });

  it('replaces an existing file whole, leaving no temp file behind', async () => {
    await upload({ run_id: runId, path: 'ui/replace.json' }, '"first"');
    await upload({ run_id: runId, path: 'ui/replace.json' }, '"second"');
    expect((await get('/get-artifact', { run_id: runId, path: 'ui/replace.json' })).body.toString()).toBe('"second"');
    expect((json(await get(LIST, { run_id: runId, path: 'ui' })) as { files: unknown[] }).files).toHaveLength(2);
  });

  it('refuses a body declared over 10 MB, unread and unwritten, with MLflow’s message', async () => {
    const reply = await upload({ run_id: runId, path: 'big.bin' }, Buffer.alloc(10 * 1024 * 1024 + 1, 1));
    expect(errorOf(reply)).toEqual([400, 'INVALID_PARAMETER_VALUE']);
    expect((json(reply) as { message: string }).message).toBe('Artifact size is too large. Max size is 10MB.');
    expect((await get('/get-artifact', { run_id: runId, path: 'big.bin' })).status).toBe(404);
  });

  it('a chunked body growing past 10 MB is cut off and nothing is kept', async () => {
    const status = await new Promise<number | 'reset'>((resolve) => {
      const request = http.request(
        { host: '127.0.0.1', port, method: 'POST', path: `${UPLOAD}?${q({ run_id: runId, path: 'chunked.bin' })}`, headers: { Host: 'localhost', ...JSON_TYPE } },
        (response) => resolve(response.resume().statusCode ?? 0), // the server may close before the body is read
      );
      request.on('error', () => resolve('reset'));
      writeInChunks(request, Buffer.alloc(1024 * 1024, 1), 12);
    });
    expect([400, 'reset']).toContain(status);
    expect((await get('/get-artifact', { run_id: runId, path: 'chunked.bin' })).status).toBe(404);
    const leftovers = (await fs.readdir(path.join(root, await runDir()))).filter((name) => name.startsWith('.cairn-upload-'));
    expect(leftovers).toEqual([]);
  });

  it('a body of any type from a non-browser client (no Origin) is stored, as MLflow does', async () => {
    const reply = await upload({ run_uuid: runId, path: 'notes.txt' }, 'hello world', { 'Content-Type': 'text/plain' });
    expect([reply.status, json(reply)]).toEqual([200, {}]);
    expect((await get('/get-artifact', { run_id: runId, path: 'notes.txt' })).body.toString()).toBe('hello world');
  });

  it('an empty body, a missing path or run is 400; an unknown run 404; a browser text/plain post is refused as CSRF', async () => {
    expect(errorOf(await upload({ run_id: runId, path: 'empty.json' }, ''))).toEqual([400, 'INVALID_PARAMETER_VALUE']);
    expect(errorOf(await upload({ run_id: runId }, '{}'))).toEqual([400, 'INVALID_PARAMETER_VALUE']);
    expect(errorOf(await upload({ path: 'x.json' }, '{}'))).toEqual([400, 'INVALID_PARAMETER_VALUE']);
    expect(errorOf(await upload({ run_id: 'f'.repeat(32), path: 'x.json' }, '{}'))).toEqual([404, 'RESOURCE_DOES_NOT_EXIST']);
    const csrf = await upload({ run_id: runId, path: 'csrf.txt' }, 'x', { 'Content-Type': 'text/plain', Origin: 'http://evil.example' });
    expect(errorOf(csrf)).toEqual([400, 'INVALID_PARAMETER_VALUE']);
    expect((await get('/get-artifact', { run_id: runId, path: 'csrf.txt' })).status).toBe(404);
    expect((await get('/get-artifact', { run_id: runId, path: 'empty.json' })).status).toBe(404);
  });
});

describe('MLflow 3 logged-model artifact routes', () => {
  const files = (id: string) => `/ajax-api/2.0/mlflow/logged-models/${id}/artifacts/files`;
  const directories = (prefix: string, id: string) => `${prefix}/2.0/mlflow/logged-models/${id}/artifacts/directories`;

  it("lists the model's artifacts relative to its artifact_location, under both prefixes", async () => {
    const top = json(await get(directories('/api', modelId), {}));
    expect(top).toEqual({
      root_uri: expect.stringMatching(new RegExp(`^mlflow-artifacts:/\\d+/models/${modelId}/artifacts$`)),
      files: [
        { path: 'data', is_dir: true },
        { path: 'MLmodel', is_dir: false, file_size: 21 },
      ],
    });
    expect(json(await get(directories('/ajax-api', modelId), { artifact_directory_path: 'data' }))).toMatchObject({
      files: [{ path: 'data/weights.bin', is_dir: false, file_size: 16 }],
    });
  });

  it('downloads a model file; a missing artifact_file_path is 400 and an unknown model 404', async () => {
    const reply = await get(files(modelId), { artifact_file_path: 'MLmodel' });
    expect([reply.status, reply.headers['content-type'], reply.body.toString()]).toEqual([200, 'text/plain', 'artifact_path: model\n']);
    expect(errorOf(await get(files(modelId), {}))).toEqual([400, 'INVALID_PARAMETER_VALUE']);
    expect(errorOf(await get(files(`m-${'0'.repeat(32)}`), { artifact_file_path: 'MLmodel' }))).toEqual([404, 'RESOURCE_DOES_NOT_EXIST']);
    expect(errorOf(await get(directories('/api', `m-${'0'.repeat(32)}`), {}))).toEqual([404, 'RESOURCE_DOES_NOT_EXIST']);
  });
});

async function runDir(): Promise<string> {
  const listed = json(await get(LIST, { run_id: runId })) as { root_uri: string };
  return listed.root_uri.slice('mlflow-artifacts:/'.length);
}

/** MLflow's path-traversal CVEs against every owner-scoped route: the path parameter arrives in the query string. */
describe('MLflow path-traversal CVEs against the owner-scoped routes', () => {
  const attacks: Array<[string, string]> = [
    ['plain .. into a sibling run', `../${'VICTIM'}/artifacts/secret.txt`],
    ['.. out of the root', '../../../../canary.txt'],
    ['CVE-2023-2780 backslash', '..\\..\\VICTIM\\artifacts\\secret.txt'],
    ['CVE-2024-1560 %2e%2e (decoded once by the query parser)', '%2e%2e/VICTIM/artifacts/secret.txt'],
    ['CVE-2024-1560 double-encoded', '%252e%252e%252fVICTIM%252fartifacts%252fsecret.txt'],
    ['absolute path', `${os.tmpdir()}/canary.txt`],
    ['file: URI', 'file:///etc/passwd'],
    ['windows drive', 'C:/Windows/win.ini'],
    ['NUL byte', 'notes.txt\u0000.png'],
    ['CVE-2023-6909 fragment', 'a#/../../VICTIM/artifacts/secret.txt'],
    ['CVE-2024-1593 path parameter', 'a;/../../VICTIM/artifacts/secret.txt'],
    ['symlink escaping the root', 'escape/secret.txt'],
  ];
  const routes: Array<[string, (attack: string) => Promise<Reply>]> = [
    ['ListArtifacts', (attack) => get(LIST, { run_id: runId, path: attack })],
    ['ajax ListArtifacts', (attack) => get('/ajax-api/2.0/mlflow/artifacts/list', { run_id: runId, path: attack })],
    ['get-artifact', (attack) => get('/get-artifact', { run_id: runId, path: attack })],
    ['upload-artifact', (attack) => upload({ run_id: runId, path: attack }, '"pwned"')],
    ['logged-model files', (attack) => get(`/ajax-api/2.0/mlflow/logged-models/${modelId}/artifacts/files`, { artifact_file_path: attack })],
    ['logged-model directories', (attack) => get(`/api/2.0/mlflow/logged-models/${modelId}/artifacts/directories`, { artifact_directory_path: attack })],
  ];
  const cases = routes.flatMap(([route, call]) => attacks.map(([name, attack]) => [route, name, call, attack] as const));

  it.each(cases)('%s with %s is 400 INVALID_PARAMETER_VALUE and has no effect', async (_route, _name, call, attack) => {
    const reply = await call(attack.replace(/VICTIM/g, victimRunId));
    expect(errorOf(reply)).toEqual([400, 'INVALID_PARAMETER_VALUE']);
    expect(reply.body.toString()).not.toContain(CANARY);
    expect(reply.body.toString()).not.toContain(SECRET);
    expect(await fs.readFile(path.join(base, 'canary.txt'), 'utf8')).toBe(CANARY);
    expect(await fs.readdir(path.join(base, 'outside'))).toEqual(['secret.txt']);
    expect((await fs.readdir(base)).sort()).toEqual(['canary.txt', 'outside', 'root']);
  });

  it('a traversal path is refused before the run is looked up, and the next valid request still succeeds', async () => {
    expect(errorOf(await get('/get-artifact', { run_id: 'f'.repeat(32), path: '../x' }))).toEqual([400, 'INVALID_PARAMETER_VALUE']);
    expect((await get('/get-artifact', { run_id: runId, path: 'notes.txt' })).status).toBe(200);
  });
});

import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { AppTestDatabase, createAppTestDatabase } from '../libs/event-store/src/postgres/test-database';

/** What every bench that races Cairn against a peer server needs: ports, processes, readiness, SQL, load. */
export const ROOT = path.resolve(__dirname, '..');
export const LOG_DIR = path.join(ROOT, '.local', 'bench');
const VENV = process.env.CAIRN_VENV ?? path.join(ROOT, '.venv');
/** `mlflow server --help`: 4 workers by default. */
/** Every request carries the bootstrap admin's bearer token: Cairn checks it, MLflow ignores it. */
export const AUTH_HEADERS: Record<string, string> = process.env.CAIRN_BOOTSTRAP_ADMIN_TOKEN
  ? { authorization: `Bearer ${process.env.CAIRN_BOOTSTRAP_ADMIN_TOKEN}` }
  : {};

export const MLFLOW_WORKERS = Number(process.env.BENCH_MLFLOW_WORKERS ?? 4);

export interface Server {
  name: string;
  uri: string;
  proc: ChildProcess;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function sql(url: string, text: string): Promise<Record<string, unknown>[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** Starts a process in its own process group (so the group can be signalled by the pid we got), logging to a file. */
export function start(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): ChildProcess {
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(path.join(LOG_DIR, `${name}.log`));
  const proc = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.pipe(log);
  proc.stderr!.pipe(log);
  return proc;
}

export async function waitReady(name: string, proc: ChildProcess, url: string, seconds: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < seconds * 1000) {
    if (proc.exitCode !== null) throw new Error(`${name} exited with ${proc.exitCode}; see .local/bench/${name}.log`);
    try {
      const response = await fetch(url);
      if (response.ok) return (Date.now() - started) / 1000;
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  throw new Error(`${name} not ready after ${seconds} s; see .local/bench/${name}.log`);
}

export async function stop(server: Server | undefined): Promise<void> {
  if (!server || server.proc.exitCode !== null || server.proc.pid === undefined) return;
  const exited = new Promise((resolve) => server.proc.once('exit', resolve));
  try {
    process.kill(-server.proc.pid, 'SIGTERM'); // the group this script created for it
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-server.proc.pid!, 'SIGKILL');
    } catch {
      // gone
    }
  }, 15_000);
  await exited;
  clearTimeout(timer);
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

/**
 * One bench run's two throwaway databases (Cairn's and the peer's, same PostgreSQL, both owned by the app role) and
 * the servers started on them; `cleanup` stops the servers and drops the databases, also on SIGINT/SIGTERM.
 */
export interface PeerRun {
  cairnDb: AppTestDatabase;
  mlflowDb: AppTestDatabase;
  /** Registers a started server for cleanup and returns it. */
  track(server: Server): Server;
  cleanup(): Promise<void>;
}

export async function openPeerRun(prefix: string): Promise<PeerRun> {
  const servers: Server[] = [];
  const databases: AppTestDatabase[] = [];
  const cleanup = async () => {
    await Promise.all(servers.map(stop));
    await Promise.all(databases.map((db) => db.drop().catch((e) => console.error(`drop: ${e}`))));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  }
  try {
    for (const side of ['cairn', 'mlflow']) databases.push(await createAppTestDatabase(`${prefix}_${side}`));
  } catch (error) {
    await cleanup();
    throw error;
  }
  const [cairnDb, mlflowDb] = databases;
  return { cairnDb, mlflowDb, track: (server) => (servers.push(server), server), cleanup };
}

/** The MLflow server from the venv on the peer database (psycopg2 dialect: the venv has no psycopg 3), else at its defaults. */
export function startMlflowServer(name: string, run: PeerRun, port: number): Server {
  const backend = run.cairnDb.appUrl.replace(/^postgres(ql)?:/, 'postgresql+psycopg2:').replace(run.cairnDb.name, run.mlflowDb.name);
  const dir = path.join(LOG_DIR, name);
  mkdirSync(dir, { recursive: true });
  const args = ['server', '--backend-store-uri', backend, '--host', '127.0.0.1', '--port', String(port),
    '--workers', String(MLFLOW_WORKERS), '--artifacts-destination', path.join(dir, 'artifacts')];
  return run.track({ name: 'mlflow', uri: `http://127.0.0.1:${port}`, proc: start(name, path.join(VENV, 'bin', 'mlflow'), args, { ...process.env }, dir) });
}

/**
 * Runs one phase of a Python bench driver (bench/*_driver.py) from the venv; resolves with the JSON object its last
 * stdout line holds, rejects with the tail of its stderr when it exits non-zero or prints no JSON.
 */
export function runDriver(script: string, args: string[]): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    const proc = spawn(path.join(VENV, 'bin', 'python'), [script, ...args], {
      cwd: ROOT,
      env: { ...process.env, PYTHONUNBUFFERED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.stderr.on('data', (chunk) => (err += chunk));
    proc.on('exit', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0) return reject(new Error(`driver ${args.join(' ')} exited ${code}: ${err.slice(-2000)}`));
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`driver ${args.join(' ')} printed no JSON: ${out.slice(-500)} ${err.slice(-1000)}`));
      }
    });
  });
}

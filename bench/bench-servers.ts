import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

/** What every bench that races Cairn against a peer server needs: ports, processes, readiness, SQL, load. */
export const ROOT = path.resolve(__dirname, '..');
export const LOG_DIR = path.join(ROOT, '.local', 'bench');

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

import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';

/** Test helper: one Cairn service run from source as a real child process, exactly as `nx serve` runs it. */
export const REPO_ROOT = path.resolve(__dirname, '../..');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export class ServiceProcess {
  readonly child: ChildProcess;
  readonly exited: Promise<Exit>;
  readonly spawnedAt = Date.now();
  stdout = '';
  stderr = '';

  constructor(
    readonly name: string,
    env: NodeJS.ProcessEnv,
  ) {
    // cwd must be the repository root: @swc-node/register reads ./tsconfig.json for paths and decorator metadata.
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', `services/${name}/src/main.ts`], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The JSON log lines written so far (non-JSON lines are skipped). */
  lines(): Record<string, unknown>[] {
    return this.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }

  line(msg: string): Record<string, unknown> | undefined {
    return this.lines().find((line) => line.msg === msg);
  }

  /** Resolves with the exit, or with undefined if the process is still running after `timeoutMs`. */
  async exitWithin(timeoutMs: number): Promise<Exit | undefined> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
    const result = await Promise.race([this.exited, timeout]);
    clearTimeout(timer);
    return result;
  }

  /** Polls GET /readyz until 200; fails early, with the output, if the process exits. */
  async waitUntilReady(httpPort: number, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (!this.running) throw new Error(`${this.name} exited before ready:\n${this.output()}`);
      const status = await fetch(`http://127.0.0.1:${httpPort}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
      if (status === 200) return Date.now() - this.spawnedAt;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${this.name} not ready within ${timeoutMs} ms:\n${this.output()}`);
  }

  /** Ends the process if a test left it running; only this child, by its pid. */
  kill(): void {
    if (this.running) this.child.kill('SIGKILL');
  }

  output(): string {
    return `--- stdout\n${this.stdout}--- stderr\n${this.stderr}`;
  }
}

const handedOut = new Set<number>();

/**
 * A port nothing listens on right now, never the same one twice in a test file (the OS picks it; there is a small
 * window before the child binds it).
 */
export async function freePort(): Promise<number> {
  for (;;) {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    await new Promise((resolve) => server.close(resolve));
    if (address === null || typeof address === 'string') throw new Error('no port');
    if (!handedOut.has(address.port)) {
      handedOut.add(address.port);
      return address.port;
    }
  }
}

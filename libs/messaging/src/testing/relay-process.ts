import { ChildProcess, spawn } from 'node:child_process';
import * as path from 'node:path';
import { waitFor } from './kafka-testing';

const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** relay-main.ts as a separate process, the way it runs in production, so a test can SIGKILL it. */
export class RelayProcess {
  readonly child: ChildProcess;
  private output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(env: Record<string, string>) {
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', 'libs/messaging/src/relay-main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  get log(): string {
    return this.output;
  }

  async started(timeoutMs = 30_000): Promise<void> {
    let gone = false;
    void this.exited.then(() => (gone = true));
    await waitFor(() => gone || this.output.includes('"relay started"'), 'relay-main to start', timeoutMs, 50);
    if (gone) throw new Error(`relay-main exited before starting:\n${this.output}`);
  }

  async kill(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

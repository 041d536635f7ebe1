import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

// Runs the Python suite that drives the real, unmodified mlflow client (tests/python) against tracking and
// registry, which its conftest starts on free ports with one throwaway database. The venv comes from
// deploy/local/setup.sh; a missing venv is a failure, not a skip, so CI can never pass without the suite running.
const repo = path.resolve(__dirname, '../../..');
const python = path.join(process.env.CAIRN_VENV ?? path.join(repo, '.venv'), 'bin', 'python');

function pytest(file: string): void {
  if (!existsSync(python)) throw new Error(`${python} is missing: run \`npm run setup\` to create the venv`);
  const result = spawnSync(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `services/registry/tests/python/${file}`], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 480_000,
    // The conftest gives the services it starts consumer groups of their own (cairn_platform).
    env: { ...process.env, MLFLOW_HTTP_REQUEST_MAX_RETRIES: '0' },
  });
  const summary = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0) throw new Error(`pytest ${file} exited with ${result.status}\n${result.stdout}\n${result.stderr}`);
  expect(summary).toMatch(/\d+ passed/);
  expect(summary).not.toMatch(/skipped|failed|error/);
}

describe('the mlflow client against the registry', () => {
  it(
    'registers, aliases, loads by alias, transitions, searches, renames, tags and deletes; refuses CVE sources; works through tracking alone',
    () => pytest('test_mlflow_registry.py'),
    500_000,
  );
});

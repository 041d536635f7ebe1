import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

// README's first command runs this job; running it here keeps the quickstart honest in CI. It boots the five
// services on their default ports, so it must not run beside another copy of the platform.
const repo = path.resolve(__dirname, '..');

describe('the platform end-to-end job (npm run e2e)', () => {
  it('passes every check and prints its report', () => {
    const result = spawnSync(process.execPath, ['-r', '@swc-node/register', 'e2e/main.ts'], {
      cwd: repo,
      encoding: 'utf8',
      timeout: 600_000,
    });
    if (result.status !== 0) throw new Error(`e2e job exited ${result.status}\n${result.stdout}\n${result.stderr}`);
    expect(result.stdout).toMatch(/^PASSED: (\d+) of \1 checks/m);
    expect(result.stdout).toMatch(/PASS {2}tracking events reach cairn\.tracking\.events keyed by run id/);
  }, 620_000);
});

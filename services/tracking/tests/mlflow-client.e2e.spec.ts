import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

// Runs the Python suites that drive the real, unmodified mlflow client (tests/python) against a tracking service
// their conftest starts on free ports with a throwaway database. The venv comes from deploy/local/setup.sh; a
// missing venv is a failure, not a skip, so CI can never pass without these suites having run.
const repo = path.resolve(__dirname, '../../..');
const python = path.join(process.env.CAIRN_VENV ?? path.join(repo, '.venv'), 'bin', 'python');

function pytest(file: string): void {
  if (!existsSync(python)) throw new Error(`${python} is missing: run \`npm run setup\` to create the venv`);
  const result = spawnSync(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', `services/tracking/tests/python/${file}`], {
    cwd: repo,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, MLFLOW_HTTP_REQUEST_MAX_RETRIES: '0' },
  });
  const summary = result.stdout.trim().split('\n').pop() ?? '';
  if (result.status !== 0) throw new Error(`pytest ${file} exited with ${result.status}\n${result.stdout}\n${result.stderr}`);
  expect(summary).toMatch(/\d+ passed/);
  expect(summary).not.toMatch(/skipped|failed|error/);
}

describe('the mlflow client against the tracking service', () => {
  it('runs a data scientist session and its error cases', () => pytest('test_mlflow_client.py'), 320_000);

  it('round-trips artifacts and refuses MLflow CVE attacks without effect', () => pytest('test_artifacts_security.py'), 320_000);

  it('logs, searches, loads and deletes MLflow 3 logged models', () => pytest('test_logged_models.py'), 320_000);

  it("serves the MLflow UI's artifact routes and refuses traversal on them", () => pytest('test_ui_artifact_routes.py'), 320_000);

  it("matches MLflow's REST validation and the UI's bulk-history and search-datasets endpoints", () => pytest('test_rest_compat.py'), 320_000);
});

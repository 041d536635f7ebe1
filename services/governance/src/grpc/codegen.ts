import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { GOVERNANCE_PROTO } from './names';

/**
 * TypeScript types for `cairn.governance.v1`, generated from `proto/` by @grpc/proto-loader's proto-loader-gen-types
 * (rule 11: contracts generate, never retype), exactly as tracking's and the registry's: the
 * flags mirror `loadProto`'s loader options (keepCase, longs and enums as String, defaults, oneofs), so the
 * `__Output` types describe what the handlers really receive.
 *
 * Regenerate after editing a .proto:   npm run proto:gen   (every service)
 * Drift check (part of the unit tier): codegen.unit.spec.ts regenerates into a temp dir and compares.
 */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');
export const GENERATED_DIR = path.join(__dirname, 'generated');

const BIN = path.join(REPO_ROOT, 'node_modules/.bin/proto-loader-gen-types');
const FLAGS = ['--keepCase', '--longs=String', '--enums=String', '--defaults', '--oneofs', '--includeComments'];

/** Writes the generated files under `outDir`; run from the repo root so the "Original file" headers are stable. */
export function generate(outDir: string): void {
  const args = [...FLAGS, '--grpcLib=@grpc/grpc-js', '-I', 'proto', '-O', outDir, GOVERNANCE_PROTO];
  const result = spawnSync(BIN, args, { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`proto-loader-gen-types failed (${result.status}):\n${result.stderr}`);
}

/** Relative path → content of every file under `dir`. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(path.relative(dir, full), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

/** Generates into a temp dir and returns the files that differ from the checked-in ones (empty: no drift). */
export function drift(): string[] {
  const fresh = mkdtempSync(path.join(tmpdir(), 'cairn-proto-'));
  try {
    generate(fresh);
    const expected = readTree(fresh);
    const actual = readTree(GENERATED_DIR);
    const names = new Set([...expected.keys(), ...actual.keys()]);
    return [...names].filter((name) => expected.get(name) !== actual.get(name)).sort();
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

if (require.main === module) {
  rmSync(GENERATED_DIR, { recursive: true, force: true });
  generate(GENERATED_DIR);
  process.stdout.write(`generated ${readTree(GENERATED_DIR).size} files into ${path.relative(REPO_ROOT, GENERATED_DIR)}\n`);
}

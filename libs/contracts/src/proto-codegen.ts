import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

/**
 * TypeScript handler types generated from `proto/` by @grpc/proto-loader's proto-loader-gen-types (STYLE rule 11:
 * contracts generate, never retype), for every service alike. The flags mirror `loadProto`'s loader options
 * (keepCase, longs and enums as String, defaults, oneofs), so the `__Output` types describe what handlers receive.
 *
 * Regenerate after editing a .proto:   npm run proto:gen
 * Drift check (unit tier): each service's codegen.unit.spec.ts regenerates into a temp dir and compares.
 */
const REPO_ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO_ROOT, 'node_modules/.bin/proto-loader-gen-types');
const FLAGS = ['--keepCase', '--longs=String', '--enums=String', '--defaults', '--oneofs', '--includeComments'];

export interface ProtoCodegen {
  /** Replaces `outDir` with freshly generated files. */
  regenerate(): void;
  /** The generated files that differ from the checked-in ones (empty: no drift). */
  drift(): string[];
  /** What a stale directory's error should tell the reader. */
  readonly staleMessage: (changed: string[]) => string;
}

/** `proto`: the file under proto/ (e.g. `cairn/registry/v1/registry.proto`); `outDir`: the service's generated/. */
export function protoCodegen(proto: string, outDir: string): ProtoCodegen {
  // Run from the repo root so the "Original file" headers are stable.
  const generate = (into: string) => {
    const args = [...FLAGS, '--grpcLib=@grpc/grpc-js', '-I', 'proto', '-O', into, proto];
    const result = spawnSync(BIN, args, { cwd: REPO_ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`proto-loader-gen-types failed (${result.status}):\n${result.stderr}`);
  };
  return {
    regenerate() {
      rmSync(outDir, { recursive: true, force: true });
      generate(outDir);
      process.stdout.write(`generated ${readTree(outDir).size} files into ${path.relative(REPO_ROOT, outDir)}\n`);
    },
    drift() {
      const fresh = mkdtempSync(path.join(tmpdir(), 'cairn-proto-'));
      try {
        generate(fresh);
        const expected = readTree(fresh);
        const actual = readTree(outDir);
        const names = new Set([...expected.keys(), ...actual.keys()]);
        return [...names].filter((name) => expected.get(name) !== actual.get(name)).sort();
      } finally {
        rmSync(fresh, { recursive: true, force: true });
      }
    },
    staleMessage: (changed) =>
      `${path.relative(REPO_ROOT, outDir)}/ is stale (${changed.join(', ')}).\nRegenerate: npm run proto:gen`,
  };
}

/** Relative path → content of every file under `dir`. */
function readTree(dir: string): Map<string, string> {
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

/**
 * Checks an audit export offline: `npm run audit:verify -- --public-key pub.pem export.jsonl`.
 * Recomputes the hash chain with @cairn/event-store's hash function and checks the head's Ed25519 signature.
 * Exit 0: intact and signed by that key; 1: broken (prints the first broken position and why); 2: usage.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { ed25519PublicKey } from '../audit/signing';
import { ExportVerifier } from './export-verifier';

const USAGE = 'usage: npm run audit:verify -- --public-key <ed25519 public key .pem> <export.jsonl>';

export function parseArgs(argv: readonly string[]): { publicKey: string; file: string } | undefined {
  let publicKey: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--public-key') publicKey = argv[++i];
    else if (arg.startsWith('--public-key=')) publicKey = arg.slice('--public-key='.length);
    else if (arg.startsWith('-')) return undefined;
    else files.push(arg);
  }
  return publicKey && files.length === 1 ? { publicKey, file: files[0] } : undefined;
}

export async function main(argv: readonly string[], out = console.log, err = console.error): Promise<number> {
  const args = parseArgs(argv);
  if (!args) {
    err(USAGE);
    return 2;
  }
  let key;
  try {
    key = ed25519PublicKey(readFileSync(args.publicKey));
  } catch (error) {
    err(`cannot read the public key ${args.publicKey}: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const verifier = new ExportVerifier();
  try {
    const lines = createInterface({ input: createReadStream(args.file), crlfDelay: Infinity });
    for await (const line of lines) verifier.push(line);
  } catch (error) {
    err(`cannot read ${args.file}: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const outcome = verifier.finish(key);
  if (outcome.ok) {
    out(`ok: ${outcome.checked} events, head position ${outcome.headPosition}, hash ${outcome.headHash}, signed by key ${outcome.keyId}`);
    return 0;
  }
  out(`BROKEN at position ${outcome.position ?? '?'}: ${outcome.reason} (${outcome.checked} events verified before it)`);
  return 1;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}

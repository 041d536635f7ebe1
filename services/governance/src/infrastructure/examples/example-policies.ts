import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PublishPolicyRequest } from '../../application/policies';

/** The shipped examples (services/governance/policies/examples): manifest entries with their CEL sources read in. */
export const EXAMPLES_DIR = path.resolve(__dirname, '../../../policies/examples');

export function loadExamplePolicies(dir = EXAMPLES_DIR): PublishPolicyRequest[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Array<
    Omit<PublishPolicyRequest, 'source'> & { file: string }
  >;
  return manifest.map(({ file, ...entry }) => ({ ...entry, source: readFileSync(path.join(dir, file), 'utf8') }));
}

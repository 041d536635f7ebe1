import * as path from 'node:path';
import { protoCodegen } from '@cairn/contracts/proto-codegen';
import { REGISTRY_PROTO } from './names';

/** The generated `cairn.registry.v1` handler types in ./generated (regenerate: npm run proto:gen). */
export const registryCodegen = protoCodegen(REGISTRY_PROTO, path.join(__dirname, 'generated'));

if (require.main === module) registryCodegen.regenerate();

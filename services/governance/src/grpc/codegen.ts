import * as path from 'node:path';
import { protoCodegen } from '@cairn/contracts/proto-codegen';
import { GOVERNANCE_PROTO } from './names';

/** The generated `cairn.governance.v1` handler types in ./generated (regenerate: npm run proto:gen). */
export const governanceCodegen = protoCodegen(GOVERNANCE_PROTO, path.join(__dirname, 'generated'));

if (require.main === module) governanceCodegen.regenerate();

import * as path from 'node:path';
import { protoCodegen } from '@cairn/contracts/proto-codegen';
import { ACCESS_PROTO } from './names';

/** The generated `cairn.access.v1` types in ./generated, shared by governance (server) and every service (client). */
export const accessCodegen = protoCodegen(ACCESS_PROTO, path.join(__dirname, 'generated'));

if (require.main === module) accessCodegen.regenerate();

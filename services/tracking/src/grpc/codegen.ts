import * as path from 'node:path';
import { protoCodegen } from '@cairn/contracts/proto-codegen';
import { TRACKING_PROTO } from './names';

/** The generated `cairn.tracking.v1` handler types in ./generated (regenerate: npm run proto:gen). */
export const trackingCodegen = protoCodegen(TRACKING_PROTO, path.join(__dirname, 'generated'));

if (require.main === module) trackingCodegen.regenerate();

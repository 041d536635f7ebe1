import { drift } from './codegen';

describe('generated cairn.tracking.v1 types', () => {
  it('match what proto-loader-gen-types makes from proto/ today (no drift)', () => {
    const changed = drift();
    if (changed.length > 0) {
      throw new Error(
        `services/tracking/src/grpc/generated/ is stale (${changed.join(', ')}).\n` +
          'Regenerate: node -r @swc-node/register services/tracking/src/grpc/codegen.ts',
      );
    }
  });
});

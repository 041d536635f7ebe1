import { drift } from './codegen';

describe('generated cairn.governance.v1 types', () => {
  it('match what proto-loader-gen-types makes from proto/ today (no drift)', () => {
    const changed = drift();
    if (changed.length > 0) {
      throw new Error(
        `services/governance/src/grpc/generated/ is stale (${changed.join(', ')}).\n` +
          'Regenerate: npm run proto:gen',
      );
    }
  });
});

import { governanceCodegen } from './codegen';

describe('generated cairn.governance.v1 types', () => {
  it('match what proto-loader-gen-types makes from proto/ today (no drift)', () => {
    const changed = governanceCodegen.drift();
    if (changed.length > 0) throw new Error(governanceCodegen.staleMessage(changed));
  });
});

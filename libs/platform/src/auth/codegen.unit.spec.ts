import { accessCodegen } from './codegen';

describe('generated cairn.access.v1 types', () => {
  it('match what proto-loader-gen-types makes from proto/ today (no drift)', () => {
    const changed = accessCodegen.drift();
    if (changed.length > 0) throw new Error(accessCodegen.staleMessage(changed));
  });
});

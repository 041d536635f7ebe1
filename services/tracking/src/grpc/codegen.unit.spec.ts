import { trackingCodegen } from './codegen';

describe('generated cairn.tracking.v1 types', () => {
  it('match what proto-loader-gen-types makes from proto/ today (no drift)', () => {
    const changed = trackingCodegen.drift();
    if (changed.length > 0) throw new Error(trackingCodegen.staleMessage(changed));
  });
});

import { registryCodegen } from './codegen';

describe('generated cairn.registry.v1 types', () => {
  it('match what proto-loader-gen-types makes from proto/ today (no drift)', () => {
    const changed = registryCodegen.drift();
    if (changed.length > 0) throw new Error(registryCodegen.staleMessage(changed));
  });
});

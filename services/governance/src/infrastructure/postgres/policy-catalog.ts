import { Pool } from '@cairn/postgres';
import { PolicyCatalog } from '../../application/ports';
import { CompiledPolicy, CompileResult, PolicyEngine, PolicyVersion } from '../../domain';
import { policyView } from './governance-reads';

/**
 * The live policies from `governance.policies`, each compiled once per source hash and kept in memory: a decision
 * over twenty policies then costs only their evaluation. Hashes no longer live are dropped at the next read, so
 * the cache never outgrows the active set.
 */
export class PostgresPolicyCatalog implements PolicyCatalog {
  private readonly compiled = new Map<string, CompileResult>();

  constructor(
    private readonly pool: Pool,
    private readonly engine: PolicyEngine,
  ) {}

  async active(): Promise<CompiledPolicy[]> {
    const { rows } = await this.pool.query('SELECT * FROM governance.policies WHERE retired_at IS NULL ORDER BY policy_id');
    const policies: PolicyVersion[] = rows.map((row) => {
      const { retiredAt: _retired, ...view } = policyView(row);
      return view;
    });
    const live = new Set(policies.map((p) => p.hash));
    for (const hash of this.compiled.keys()) if (!live.has(hash)) this.compiled.delete(hash);
    return policies.map((policy) => ({ policy, compiled: this.compile(policy) }));
  }

  /** How many programs are cached (tests: compile once). */
  get size(): number {
    return this.compiled.size;
  }

  private compile(policy: PolicyVersion): CompileResult {
    let result = this.compiled.get(policy.hash);
    if (!result) {
      result = this.engine.compile(policy.source);
      this.compiled.set(policy.hash, result);
    }
    return result;
  }
}

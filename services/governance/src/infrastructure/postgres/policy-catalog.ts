import { Pool } from '@cairn/postgres';
import { PolicyCatalog } from '../../application/ports';
import { CompiledPolicy, CompileResult, PolicyEngine, PolicyVersion } from '../../domain';
import { policyView } from './governance-reads';

/**
 * What identifies the live set exactly: every live policy's id, version and source hash (a publish bumps the
 * version, a retire drops the row from the set). One row back instead of every policy's.
 */
const FINGERPRINT_SQL = `
  SELECT count(*)::text || ':' || coalesce(md5(string_agg(policy_id || ':' || version || ':' || hash, ',' ORDER BY policy_id)), '')
    AS fingerprint
  FROM governance.policies WHERE retired_at IS NULL`;

/**
 * The live policies from `governance.policies`, each compiled once per source hash and kept in memory: a decision
 * over twenty policies then costs only their evaluation. Hashes no longer live are dropped at the next read, so
 * the cache never outgrows the active set.
 *
 * The mapped set is kept too, under the live set's fingerprint (FINGERPRINT_SQL): each call asks PostgreSQL for the
 * fingerprint only and re-reads the rows only when it changed, so a publish or retire by any process is seen by the
 * next decision. The fingerprint is read before the rows: a change between the two reads makes the next call
 * reload, never keeps a stale set.
 */
export class PostgresPolicyCatalog implements PolicyCatalog {
  private readonly compiled = new Map<string, CompileResult>();
  private live?: { fingerprint: string; policies: readonly CompiledPolicy[] };

  constructor(
    private readonly pool: Pool,
    private readonly engine: PolicyEngine,
  ) {}

  async active(): Promise<CompiledPolicy[]> {
    const { rows: [{ fingerprint }] } = await this.pool.query<{ fingerprint: string }>(FINGERPRINT_SQL);
    if (this.live?.fingerprint === fingerprint) return [...this.live.policies];
    const { rows } = await this.pool.query('SELECT * FROM governance.policies WHERE retired_at IS NULL ORDER BY policy_id');
    const policies: PolicyVersion[] = rows.map((row) => {
      const { retiredAt: _retired, ...view } = policyView(row);
      return view;
    });
    const live = new Set(policies.map((p) => p.hash));
    for (const hash of this.compiled.keys()) if (!live.has(hash)) this.compiled.delete(hash);
    const compiled = policies.map((policy) => Object.freeze({ policy, compiled: this.compile(policy) }));
    this.live = { fingerprint, policies: compiled };
    return [...compiled];
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

import type { KeyObject } from 'node:crypto';
import { NotFound } from '@cairn/contracts';
import { EventStore, VerifyResult } from '@cairn/event-store';
import { Pool } from '@cairn/postgres';
import { AuditRecord } from './audit-record';
import { nextPageToken, parseAuditQuery, RawAuditQuery } from './audit-query';
import { assembleExplanation, chainKeys, Explanation, parseExplainRequest, servedAt } from './explain';
import { eventLine, headLine } from './export-lines';
import { ExplainReader } from './postgres/explain-reader';
import { exportEvents } from './postgres/export-reader';
import { queryAudit } from './postgres/query-audit';
import { HEAD_FORMAT, signHead, SignedHead } from './signing';

export const AUDIT_ERRORS = {
  /** ExplainDeployment: the target pointed at no version at that time. */
  nothingServed: 'GOVERNANCE.NOTHING_SERVED',
} as const;

export interface AuditPage {
  records: AuditRecord[];
  /** The highest position in the page; 0n when empty (QueryAuditResponse.next_position). */
  nextPosition: bigint;
  nextPageToken: string;
}

export interface AuditVerification {
  result: VerifyResult;
  /** The chain's head as verified, signed when the service has a key. */
  head: SignedHead;
  signed: boolean;
}

export interface AuditServiceDeps {
  pool: Pool;
  store: EventStore;
  /** From CAIRN_AUDIT_SIGNING_KEY_FILE; absent: heads are answered unsigned. */
  signingKey?: KeyObject;
  clock: () => number;
}

/**
 * The audit trail's protocol-neutral core (gRPC QueryAudit / ExplainDeployment / VerifyAudit and the REST routes
 * under /api/2.0/cairn/governance/audit call it): checks input, runs the thin readers, assembles with the pure
 * functions. Every operation only reads (permission `governance.read`).
 */
export class AuditService {
  private readonly explainReader: ExplainReader;

  constructor(private readonly deps: AuditServiceDeps) {
    this.explainReader = new ExplainReader(deps.pool);
  }

  get signing(): boolean {
    return this.deps.signingKey !== undefined;
  }

  async query(raw: RawAuditQuery): Promise<AuditPage> {
    const query = parseAuditQuery(raw);
    const { records, hasMore } = await queryAudit(this.deps.pool, query);
    const positions = records.map((r) => r.position);
    return {
      records,
      nextPosition: positions.reduce((max, p) => (p > max ? p : max), 0n),
      nextPageToken: nextPageToken(positions, query, hasMore),
    };
  }

  async explain(raw: Parameters<typeof parseExplainRequest>[0]): Promise<Explanation> {
    const request = parseExplainRequest(raw, this.deps.clock());
    const history = await this.explainReader.placementHistory(request.target, request.at);
    const served = servedAt(request.target, history, request.at);
    if (!served) {
      const { target } = request;
      const what = target.kind === 'deployment' ? `deployment ${target.name}` : `${target.kind} ${target.name} of model ${target.model}`;
      throw new NotFound(AUDIT_ERRORS.nothingServed, `${what} served no version at ${new Date(request.at).toISOString()}`, {
        target,
        at: request.at,
      });
    }
    return assembleExplanation(request, served, await this.explainReader.chain(chainKeys(served)));
  }

  /** The store's verify() over the whole chain, and its head signed. */
  async verify(): Promise<AuditVerification> {
    const result = await this.deps.store.verify();
    const head = signHead({ position: result.headPosition ?? 0n, hash: result.headHash ?? '' }, this.deps.signingKey);
    return { result, head, signed: head.signature !== undefined };
  }

  /**
   * Streams every stored event as JSON lines up to the head at the start, then the signed head of exactly what was
   * written. `write` resolves when the line may be followed by more (the transport's backpressure).
   */
  async export(write: (chunk: string) => Promise<void>): Promise<void> {
    const head = await this.deps.store.headPosition();
    let last = { position: 0n, hash: '' };
    let count = 0;
    for await (const batch of exportEvents(this.deps.pool, head)) {
      await write(batch.map(eventLine).join(''));
      const end = batch[batch.length - 1];
      last = { position: BigInt(end.position), hash: end.hash };
      count += batch.length;
    }
    await write(headLine(signHead(last, this.deps.signingKey), count, HEAD_FORMAT));
  }
}

import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { once } from 'node:events';
import { AuditService } from './audit-service';
import { explainResponse, queryAuditResponse, verifyAuditResponse } from './audit-to-proto';
import { parseInstant } from './audit-query';
import { AUDIT_SERVICE } from './tokens';

type QueryString = Record<string, string | string[] | undefined>;

/** A query-string parameter given once (a repeated one is the last value, except `type`, which may repeat). */
const one = (q: QueryString, name: string): string | undefined => {
  const value = q[name];
  return Array.isArray(value) ? value[value.length - 1] : value;
};

/**
 * The audit trail over REST (operation `governance.read`); the same JSON as the gRPC messages.
 * GET /api/2.0/cairn/governance/audit?model=&version=&deployment=&actor=&type=&from=&to=&after_position=&page_token=&max_results=
 * GET …/audit/explain?deployment= | ?model=&alias= | ?model=&stage=   (&at= epoch ms or ISO-8601; default now)
 * GET …/audit/verify
 * GET …/audit/export   (JSON lines, then the signed head: audit/export-lines.ts)
 */
@Controller('api/2.0/cairn/governance/audit')
export class AuditController {
  constructor(@Inject(AUDIT_SERVICE) private readonly audit: AuditService) {}

  @Get()
  async query(@Query() q: QueryString) {
    const page = await this.audit.query({
      model: one(q, 'model'),
      version: one(q, 'version'),
      deployment: one(q, 'deployment'),
      actor: one(q, 'actor'),
      type: q.type,
      from: one(q, 'from'),
      to: one(q, 'to'),
      after_position: one(q, 'after_position'),
      page_token: one(q, 'page_token'),
      max_results: one(q, 'max_results'),
    });
    return queryAuditResponse(page);
  }

  @Get('explain')
  async explain(@Query() q: QueryString) {
    return explainResponse(
      await this.audit.explain({
        deployment: one(q, 'deployment'),
        model: one(q, 'model'),
        alias: one(q, 'alias'),
        stage: one(q, 'stage'),
        at: parseInstant('at', one(q, 'at')),
      }),
    );
  }

  @Get('verify')
  async verify() {
    return verifyAuditResponse(await this.audit.verify());
  }

  /**
   * Streamed: the response starts before the last event is read, so an error midway can only cut it short; the
   * missing head line is what tells the offline checker the export is incomplete.
   */
  @Get('export')
  async export(@Res() res: ServerResponse): Promise<void> {
    res.statusCode = 200;
    res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="cairn-audit-export.jsonl"');
    const write = async (chunk: string) => {
      if (res.destroyed) throw new Error('the client went away');
      // Backpressure: wait for the socket to drain, or for it to close (then the next write stops the export).
      if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    };
    try {
      await this.audit.export(write);
    } catch (error) {
      // Before the first byte the error filter still answers with a status; after it, only cutting short is left.
      if (!res.headersSent) throw error;
      res.destroy(error as Error);
      return;
    }
    res.end();
  }
}

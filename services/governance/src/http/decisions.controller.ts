import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { GovernanceService } from '../application/governance-service';
import { approvalRequest, evaluateRequest } from '../grpc/from-proto';
import { decision, evaluateResponse } from '../grpc/to-proto';
import { GOVERNANCE_SERVICE } from '../tokens';
import { HeaderSource } from '@cairn/platform';
import { commandContext } from './command-context';
import { ApproveBody, EvaluateBody, parseBody, RejectBody } from './wire';

/** Decisions: evaluate a promotion, read a decision, approve or reject one that awaits approval. */
@Controller('api/2.0/cairn/governance/decisions')
export class DecisionsController {
  constructor(@Inject(GOVERNANCE_SERVICE) private readonly core: GovernanceService) {}

  @Post()
  @HttpCode(200)
  async evaluate(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = evaluateRequest(parseBody(EvaluateBody, body));
    return evaluateResponse(await this.core.decisions.evaluate(req, commandContext(request)));
  }

  @Get(':decisionId')
  async get(@Param('decisionId') decisionId: string) {
    return { decision: decision(await this.core.decisions.get(decisionId)) };
  }

  @Post(':decisionId/approve')
  @HttpCode(200)
  async approve(@Param('decisionId') decisionId: string, @Body() body: unknown, @Req() request: HeaderSource) {
    const req = approvalRequest({ decision_id: decisionId, ...parseBody(ApproveBody, body) });
    return { decision: decision(await this.core.decisions.approve(req, commandContext(request))) };
  }

  @Post(':decisionId/reject')
  @HttpCode(200)
  async reject(@Param('decisionId') decisionId: string, @Body() body: unknown, @Req() request: HeaderSource) {
    const req = approvalRequest({ decision_id: decisionId, ...parseBody(RejectBody, body) });
    return { decision: decision(await this.core.decisions.reject(req, commandContext(request))) };
  }
}

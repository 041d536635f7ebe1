import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Req } from '@nestjs/common';
import { GovernanceService } from '../application/governance-service';
import { publishPolicyRequest } from '../grpc/from-proto';
import { policy } from '../grpc/to-proto';
import { GOVERNANCE_SERVICE } from '../tokens';
import { HeaderSource } from '@cairn/platform';
import { commandContext } from './command-context';
import { parseBody, PublishPolicyBody, RetirePolicyBody } from './wire';

/** Policies as code: publish a version, retire, list. Errors are the platform's JSON shape {error_code, message}. */
@Controller('api/2.0/cairn/governance/policies')
export class PoliciesController {
  constructor(@Inject(GOVERNANCE_SERVICE) private readonly core: GovernanceService) {}

  @Post()
  @HttpCode(200)
  async publish(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = publishPolicyRequest(parseBody(PublishPolicyBody, body));
    return { policy: policy(await this.core.policies.publish(req, commandContext(request))) };
  }

  @Get()
  async list(@Query('include_retired') includeRetired?: string) {
    return { policies: (await this.core.policies.list({ includeRetired: includeRetired === 'true' })).map(policy) };
  }

  @Post(':policyId/retire')
  @HttpCode(200)
  async retire(@Param('policyId') policyId: string, @Body() body: unknown, @Req() request: HeaderSource) {
    const { reason } = parseBody(RetirePolicyBody, body);
    const retired = await this.core.policies.retire({ policyId, ...(reason ? { reason } : {}) }, commandContext(request));
    return { policy: policy(retired) };
  }
}

import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import { HeaderSource } from '@cairn/platform';
import { z } from 'zod';
import { PrincipalKind } from '../domain';
import { commandContext } from '../http/command-context';
import { parseBody } from '../http/wire';
import { PRINCIPALS } from './access.grpc';
import { bindingFrom, Principals } from './principals';
import { principalWire, tokenWire } from './wire';

const binding = z.object({ role: z.string(), scope: z.string().optional() });
const CreateBody = z.object({
  principal_id: z.string(),
  name: z.string(),
  kind: z.string(),
  roles: z.array(binding).default([]),
});
const IssueBody = z.object({ ttl_seconds: z.number().int().default(0) });
const RevokeBody = z.object({ reason: z.string().max(1000).optional() });

/** Principals, their roles and bearer tokens (admin only: `governance.principal.write`). */
@Controller('api/2.0/cairn/governance/principals')
export class PrincipalsController {
  constructor(@Inject(PRINCIPALS) private readonly principals: Principals) {}

  @Post()
  @HttpCode(200)
  async create(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = parseBody(CreateBody, body);
    const created = await this.principals.create(
      { principalId: req.principal_id, name: req.name, kind: req.kind as PrincipalKind, roles: req.roles.map(bindingFrom) },
      commandContext(request),
    );
    return { principal: principalWire(created) };
  }

  @Get()
  async list() {
    return { principals: (await this.principals.list()).map(principalWire) };
  }

  @Get(':principalId')
  async get(@Param('principalId') principalId: string) {
    return { principal: principalWire(await this.principals.get(principalId)) };
  }

  @Post(':principalId/roles')
  @HttpCode(200)
  async grant(@Param('principalId') principalId: string, @Body() body: unknown, @Req() request: HeaderSource) {
    const granted = await this.principals.grant(principalId, bindingFrom(parseBody(binding, body)), commandContext(request));
    return { principal: principalWire(granted) };
  }

  @Post(':principalId/roles/revoke')
  @HttpCode(200)
  async revokeRole(@Param('principalId') principalId: string, @Body() body: unknown, @Req() request: HeaderSource) {
    const revoked = await this.principals.revokeRole(principalId, bindingFrom(parseBody(binding, body)), commandContext(request));
    return { principal: principalWire(revoked) };
  }

  @Post(':principalId/tokens')
  @HttpCode(200)
  async issue(@Param('principalId') principalId: string, @Body() body: unknown, @Req() request: HeaderSource) {
    const issued = await this.principals.issueToken(principalId, parseBody(IssueBody, body ?? {}).ttl_seconds, commandContext(request));
    return { token: issued.token, info: tokenWire(issued.info) };
  }

  @Post(':principalId/tokens/:tokenId/revoke')
  @HttpCode(200)
  async revoke(
    @Param('principalId') principalId: string,
    @Param('tokenId') tokenId: string,
    @Body() body: unknown,
    @Req() request: HeaderSource,
  ) {
    const info = await this.principals.revokeToken(principalId, tokenId, parseBody(RevokeBody, body ?? {}).reason, commandContext(request));
    return { info: tokenWire(info) };
  }
}

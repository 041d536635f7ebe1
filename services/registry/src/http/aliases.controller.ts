import { Body, Controller, Delete, Get, HttpCode, Inject, Post, Query, Req } from '@nestjs/common';
import { z } from 'zod';
import { RegistryService } from '../application/registry-service';
import { REGISTRY_SERVICE } from '../tokens';
import { HeaderSource } from '@cairn/platform';
import { commandContext } from './command-context';
import { MLFLOW_PREFIXES } from './routes';
import { bodyOrQuery, modelVersionJson, parseRequest, str, versionField } from './wire';

const SetAlias = z.object({ name: str.optional(), alias: str.optional(), version: versionField.optional() });
const Alias = z.object({ name: str.optional(), alias: str.optional() });

/**
 * MLflow's alias endpoints (one path, three methods). Setting an alias is a governed promotion: the answer comes
 * after the decision (PERMISSION_DENIED with the reasons when denied).
 */
@Controller(MLFLOW_PREFIXES)
export class AliasesController {
  constructor(@Inject(REGISTRY_SERVICE) private readonly registry: RegistryService) {}

  @Post('registered-models/alias')
  @HttpCode(200)
  async set(@Body() body: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(SetAlias, body);
    await this.registry.promotions.setAlias(req.name, req.alias, req.version, commandContext(request));
    return {};
  }

  @Delete('registered-models/alias')
  async delete(@Body() body: unknown, @Query() query: unknown, @Req() request: HeaderSource) {
    const req = parseRequest(Alias, bodyOrQuery(body, query));
    await this.registry.promotions.deleteAlias(req.name, req.alias, commandContext(request));
    return {};
  }

  @Get('registered-models/alias')
  async get(@Query() query: unknown) {
    const req = parseRequest(Alias, query);
    return { model_version: modelVersionJson(await this.registry.promotions.versionByAlias(req.name, req.alias)) };
  }
}

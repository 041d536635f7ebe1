import { RegistryService } from '../application/registry-service';
import type { RegistryServiceHandlers } from './generated/cairn/registry/v1/RegistryService';
import { contextFromMetadata } from '@cairn/platform';
import { orUndefined } from './from-proto';
import { modelVersionMessage, promotionMessage } from './to-proto';
import { Wrap } from './wrap';

type PromotionHandlers = Pick<
  RegistryServiceHandlers,
  'TransitionModelVersionStage' | 'SetRegisteredModelAlias' | 'DeleteRegisteredModelAlias' | 'GetModelVersionByAlias'
>;

/**
 * Promotions and aliases. Unlike REST (MLflow's calls either succeed or fail), the promoting RPCs answer the
 * Promotion: ALLOWED (done) or AWAITING_APPROVAL (not yet); a denial is still PERMISSION_DENIED with the reasons.
 */
export function promotionHandlers(registry: RegistryService, wrap: Wrap): PromotionHandlers {
  const { promotions } = registry;
  return {
    TransitionModelVersionStage: wrap(async (req, call) => {
      const context = contextFromMetadata(call.metadata);
      const { promotion, version } = await promotions.requestStage(req.name, req.version, orUndefined(req.stage), req.archive_existing_versions, context);
      return { model_version: modelVersionMessage(version), promotion: promotionMessage(promotion) };
    }),
    SetRegisteredModelAlias: wrap(async (req, call) => {
      const promotion = await promotions.requestAlias(req.name, orUndefined(req.alias), req.version, contextFromMetadata(call.metadata));
      return { promotion: promotionMessage(promotion) };
    }),
    DeleteRegisteredModelAlias: wrap(async (req, call) => {
      await promotions.deleteAlias(req.name, orUndefined(req.alias), contextFromMetadata(call.metadata));
      return {};
    }),
    GetModelVersionByAlias: wrap(async (req) => ({
      model_version: modelVersionMessage(await promotions.versionByAlias(req.name, orUndefined(req.alias))),
    })),
  };
}

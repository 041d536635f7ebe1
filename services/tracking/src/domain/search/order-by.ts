import { InvalidArgument } from '@cairn/contracts';
import { tokenize } from './tokenizer';
import { NumericRunAttribute, runAttribute, runEntity, StringRunAttribute } from './run-filter';

/** `order_by` entries: `<identifier> [ASC|DESC]`, e.g. `metrics.rmse DESC`, `attributes.start_time`, `name ASC`. */
export interface RunOrder {
  entity: 'metric' | 'param' | 'tag' | 'attribute';
  key: string;
  ascending: boolean;
}
export interface ExperimentOrder {
  key: 'name' | 'experiment_id' | 'creation_time' | 'last_update_time';
  ascending: boolean;
}

function orderError(text: string, detail: string): InvalidArgument {
  return new InvalidArgument('TRACKING.INVALID_ORDER_BY', `Invalid order_by clause '${text}'. ${detail}`, { orderBy: text });
}

function splitOrder(text: string): { prefix: string | null; key: string; raw: string; ascending: boolean } {
  const tokens = (() => {
    try {
      return tokenize(text);
    } catch {
      throw orderError(text, 'Could not be parsed.');
    }
  })();
  const [identifier, direction, extra] = tokens;
  if (identifier?.kind !== 'identifier' || extra) throw orderError(text, 'Could not be parsed.');
  let ascending = true;
  if (direction) {
    const word = direction.kind === 'identifier' && direction.prefix === null ? direction.raw.toUpperCase() : '';
    if (word !== 'ASC' && word !== 'DESC') throw orderError(text, "The order must be 'ASC' or 'DESC'.");
    ascending = word === 'ASC';
  }
  return { prefix: identifier.prefix?.toLowerCase() ?? null, key: identifier.key, raw: identifier.raw, ascending };
}

export function parseRunOrderBy(orderBy: readonly string[] | undefined): RunOrder[] {
  return (orderBy ?? []).map((text) => {
    const { prefix, key, raw, ascending } = splitOrder(text);
    let entity;
    try {
      entity = runEntity(prefix, raw, text);
    } catch {
      throw orderError(text, "Columns should be specified as 'attribute.<key>', 'metric.<key>', 'tag.<key>' or 'param.<key>'.");
    }
    if (entity === 'dataset') throw orderError(text, 'Ordering by dataset is not supported.');
    if (entity === 'attribute') {
      let attribute: StringRunAttribute | NumericRunAttribute;
      try {
        attribute = runAttribute(key, text);
      } catch (error) {
        throw orderError(text, (error as Error).message);
      }
      return { entity, key: attribute, ascending };
    }
    return { entity, key, ascending };
  });
}

const EXPERIMENT_ORDER_KEYS = ['name', 'experiment_id', 'creation_time', 'last_update_time'] as const;

export function parseExperimentOrderBy(orderBy: readonly string[] | undefined): ExperimentOrder[] {
  return (orderBy ?? []).map((text) => {
    const { prefix, key, ascending } = splitOrder(text);
    if (prefix !== null && !['attribute', 'attributes', 'attr'].includes(prefix)) {
      throw orderError(text, 'Only attributes can be used to order experiments.');
    }
    const normalised = key.toLowerCase() as ExperimentOrder['key'];
    if (!EXPERIMENT_ORDER_KEYS.includes(normalised)) {
      throw orderError(text, `Invalid attribute key '${key}' specified. Valid keys are '${EXPERIMENT_ORDER_KEYS.join("', '")}'`);
    }
    return { key: normalised, ascending };
  });
}

import { z } from 'zod';
import { allowedHostsSchema } from './http/security/allowed-hosts';

/**
 * Configuration comes from environment variables only, validated once at start-up. Every problem is reported in
 * one message, one `VARIABLE: problem` per bad variable, so an operator fixes them all in one go.
 */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig<T>(schema: z.ZodType<T>, env: NodeJS.ProcessEnv = process.env): T {
  // An empty variable (`PORT=`) means "not set", as most shells and compose files intend it.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const result = schema.safeParse(present, {
    error: (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? 'required' : undefined),
  });
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.length > 0 ? issue.path.map(String).join('.') : 'environment';
    return `${name}: ${issue.message}`;
  });
  throw new ConfigError(problems);
}

// ---- field helpers: each turns one string variable into a typed value with a message an operator can act on.

/** An integer between min and max inclusive. */
export function envInt(min: number, max: number) {
  return z.string().transform((raw, ctx) => {
    const value = raw.trim();
    const parsed = Number(value);
    if (!/^-?\d+$/.test(value) || parsed < min || parsed > max) {
      ctx.addIssue({ code: 'custom', message: `expected an integer ${min}-${max}, got "${raw}"` });
      return z.NEVER;
    }
    return parsed;
  });
}

export function envPort() {
  return envInt(1, 65535);
}

export function envEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: (issue) => `expected one of ${values.join(', ')}, got "${String(issue.input)}"` });
}

/** Passwords must never reach a log line, so URLs are shown with the password masked. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return '(unparseable)';
  }
}

/** A URL with one of the given schemes and a host. */
export function envUrl(schemes: string[], example: string) {
  return z.string().transform((raw, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(raw.trim());
    } catch {
      url = undefined;
    }
    if (!url || !schemes.includes(url.protocol.replace(/:$/, '')) || !url.hostname) {
      const shown = url ? `, got "${redactUrl(raw)}"` : '';
      ctx.addIssue({ code: 'custom', message: `expected a ${schemes[0]}:// URL such as ${example}${shown}` });
      return z.NEVER;
    }
    return raw.trim();
  });
}

/** A comma-separated list of host:port pairs (Kafka bootstrap brokers). */
export function envHostPortList() {
  return z.string().transform((raw, ctx) => {
    const entries = raw
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0);
    const bad = entries.filter((entry) => {
      const match = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(entry);
      return !match || Number(match[2]) < 1 || Number(match[2]) > 65535;
    });
    if (entries.length === 0 || bad.length > 0) {
      const message = `expected a comma-separated host:port list such as 127.0.0.1:9092, got "${raw}"`;
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return entries;
  });
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface PortDefaults {
  port: number;
  grpcPort: number;
}

/** The variables every service reads; each service extends this with its own (`baseConfigSchema(...).extend`). */
export function baseConfigSchema(defaults: PortDefaults) {
  return z.object({
    /** Interface both servers bind; loopback unless deliberately exposed. */
    HOST: z.string().trim().min(1).default('127.0.0.1'),
    PORT: envPort().default(defaults.port),
    GRPC_PORT: envPort().default(defaults.grpcPort),
    CAIRN_DATABASE_URL: envUrl(['postgres', 'postgresql'], 'postgres://user:password@127.0.0.1:5432/cairn'),
    KAFKA_BROKERS: envHostPortList(),
    LOG_LEVEL: envEnum(LOG_LEVELS).default('info'),
    OTEL_EXPORTER_OTLP_ENDPOINT: envUrl(['http', 'https'], 'http://127.0.0.1:4317').optional(),
    OTEL_EXPORTER_OTLP_PROTOCOL: envEnum(['grpc', 'http/protobuf'] as const).default('http/protobuf'),
    /** Host headers the HTTP server answers (DNS-rebinding guard); loopback names by default, any port. */
    CAIRN_ALLOWED_HOSTS: allowedHostsSchema,
    /** Upper bound on draining in-flight HTTP and gRPC calls after SIGTERM. */
    CAIRN_SHUTDOWN_TIMEOUT_MS: envInt(0, 600_000).default(10_000),
    /**
     * The bootstrap admin's bearer token (principal `admin`): every service accepts it without asking governance,
     * so the first principals can be created and a service works while governance is down. Nothing is open
     * without a token but health and metrics, so there is no default.
     */
    CAIRN_BOOTSTRAP_ADMIN_TOKEN: z
      .string()
      .trim()
      .min(32, 'expected a secret of at least 32 characters (e.g. `openssl rand -hex 32`)')
      .max(512),
    /** The token this service presents on its own calls to other services; the bootstrap token when unset. */
    CAIRN_SERVICE_TOKEN: z.string().trim().min(32, 'expected a bearer token of at least 32 characters').optional(),
    /** Governance's gRPC API: every other service asks it who a bearer token belongs to and what it may do. */
    CAIRN_GOVERNANCE_GRPC_ADDRESS: grpcAddress().default('127.0.0.1:9083'),
    /** How long a service reuses governance's "allowed" for the same token and operation (0: ask every time). */
    CAIRN_AUTH_CACHE_MS: envInt(0, 60_000).default(5_000),
  });
}

/** `host:port` of a gRPC server (no scheme: grpc-js takes the target as is). */
export function grpcAddress() {
  return z
    .string()
    .trim()
    .regex(/^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'expected host:port such as 127.0.0.1:9081');
}

/** The bearer token a service sends on its own outgoing calls. */
export const serviceToken = (config: Pick<BaseConfig, 'CAIRN_SERVICE_TOKEN' | 'CAIRN_BOOTSTRAP_ADMIN_TOKEN'>): string =>
  config.CAIRN_SERVICE_TOKEN ?? config.CAIRN_BOOTSTRAP_ADMIN_TOKEN;

export type BaseConfig = z.infer<ReturnType<typeof baseConfigSchema>>;

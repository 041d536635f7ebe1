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
  });
}

export type BaseConfig = z.infer<ReturnType<typeof baseConfigSchema>>;

import { z } from 'zod';
import { baseConfigSchema, ConfigError, loadConfig, serviceToken } from './config';

const schema = baseConfigSchema({ port: 8081, grpcPort: 9081 });
const valid = {
  CAIRN_DATABASE_URL: 'postgres://cairn:secret@127.0.0.1:55432/cairn',
  KAFKA_BROKERS: '127.0.0.1:19092, kafka-2:9092',
  CAIRN_BOOTSTRAP_ADMIN_TOKEN: 'a-bootstrap-secret-of-at-least-32-chars',
};

function problemsOf(env: NodeJS.ProcessEnv, target: z.ZodType = schema): string[] {
  try {
    loadConfig(target, env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig with the base schema', () => {
  it('valid environment yields typed values and defaults', () => {
    const config = loadConfig(schema, valid);
    expect(config).toMatchObject({
      HOST: '127.0.0.1',
      PORT: 8081,
      GRPC_PORT: 9081,
      KAFKA_BROKERS: ['127.0.0.1:19092', 'kafka-2:9092'],
      LOG_LEVEL: 'info',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
      CAIRN_SHUTDOWN_TIMEOUT_MS: 10_000,
    });
    expect(config.OTEL_EXPORTER_OTLP_ENDPOINT).toBeUndefined();
  });

  it('missing variables are each named as required, in one error', () => {
    expect(problemsOf({})).toEqual(['CAIRN_DATABASE_URL: required', 'KAFKA_BROKERS: required', 'CAIRN_BOOTSTRAP_ADMIN_TOKEN: required']);
  });

  it('auth: the bootstrap token is a real secret, the service token defaults to it, governance has an address', () => {
    expect(problemsOf({ ...valid, CAIRN_BOOTSTRAP_ADMIN_TOKEN: 'short' })).toEqual([
      'CAIRN_BOOTSTRAP_ADMIN_TOKEN: expected a secret of at least 32 characters (e.g. `openssl rand -hex 32`)',
    ]);
    expect(problemsOf({ ...valid, CAIRN_GOVERNANCE_GRPC_ADDRESS: 'http://gov' })).toEqual([
      'CAIRN_GOVERNANCE_GRPC_ADDRESS: expected host:port such as 127.0.0.1:9081',
    ]);
    const config = loadConfig(schema, valid);
    expect(config).toMatchObject({ CAIRN_GOVERNANCE_GRPC_ADDRESS: '127.0.0.1:9083', CAIRN_AUTH_CACHE_MS: 5000 });
    expect(serviceToken(config)).toBe(valid.CAIRN_BOOTSTRAP_ADMIN_TOKEN);
    expect(serviceToken(loadConfig(schema, { ...valid, CAIRN_SERVICE_TOKEN: 's'.repeat(32) }))).toBe('s'.repeat(32));
  });

  it('an empty variable counts as missing', () => {
    expect(problemsOf({ ...valid, CAIRN_DATABASE_URL: '  ' })).toEqual(['CAIRN_DATABASE_URL: required']);
  });

  it('a non-numeric or out-of-range port names the variable and echoes the value', () => {
    expect(problemsOf({ ...valid, PORT: 'abc' })).toEqual(['PORT: expected an integer 1-65535, got "abc"']);
    expect(problemsOf({ ...valid, GRPC_PORT: '70000' })).toEqual(['GRPC_PORT: expected an integer 1-65535, got "70000"']);
    expect(problemsOf({ ...valid, PORT: '0' })).toEqual(['PORT: expected an integer 1-65535, got "0"']);
  });

  it('a non-postgres database URL is refused without echoing its password', () => {
    const [problem] = problemsOf({ ...valid, CAIRN_DATABASE_URL: 'mysql://root:hunter2@db/cairn' });
    expect(problem).toMatch(/^CAIRN_DATABASE_URL: expected a postgres:\/\/ URL/);
    expect(problem).toContain('mysql://root:***@db/cairn');
    expect(problem).not.toContain('hunter2');
    expect(problemsOf({ ...valid, CAIRN_DATABASE_URL: 'not a url' })[0]).toMatch(/^CAIRN_DATABASE_URL: expected/);
  });

  it('postgresql:// is accepted as well as postgres://', () => {
    expect(loadConfig(schema, { ...valid, CAIRN_DATABASE_URL: 'postgresql://u@h/db' }).CAIRN_DATABASE_URL).toBe('postgresql://u@h/db');
  });

  it('a broker list without ports is refused', () => {
    expect(problemsOf({ ...valid, KAFKA_BROKERS: 'localhost' })).toEqual([
      'KAFKA_BROKERS: expected a comma-separated host:port list such as 127.0.0.1:9092, got "localhost"',
    ]);
  });

  it('an unknown log level or OTLP protocol lists the accepted values', () => {
    expect(problemsOf({ ...valid, LOG_LEVEL: 'verbose', OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json' })).toEqual([
      'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent, got "verbose"',
      'OTEL_EXPORTER_OTLP_PROTOCOL: expected one of grpc, http/protobuf, got "http/json"',
    ]);
  });

  it('every problem is in the one error message', () => {
    expect(() => loadConfig(schema, { PORT: 'abc' })).toThrow(
      'invalid configuration: PORT: expected an integer 1-65535, got "abc"; CAIRN_DATABASE_URL: required; KAFKA_BROKERS: required',
    );
  });

  it('a service extends the base schema with its own variables', () => {
    const extended = schema.extend({ CAIRN_ARTIFACT_ROOT: z.string().default('/tmp/artifacts') });
    expect(loadConfig(extended, valid).CAIRN_ARTIFACT_ROOT).toBe('/tmp/artifacts');
    expect(problemsOf({}, extended)).toContain('KAFKA_BROKERS: required');
  });
});

import { Admin, Kafka } from 'kafkajs';
import type { Pool } from 'pg';

/** PostgreSQL answers a trivial query through the service's own pool (so pool exhaustion shows too). */
export function postgresCheck(pool: Pool): () => Promise<void> {
  return async () => {
    await pool.query('SELECT 1');
  };
}

/**
 * Kafka: the admin client can reach a broker and read the cluster's metadata. One admin connection is kept
 * between probes; it is dropped on failure so the next probe reconnects. Concurrent probes share one attempt.
 */
export class KafkaProbe {
  private admin: Admin | undefined;
  private connected = false;
  private inFlight: Promise<void> | undefined;

  constructor(private readonly kafka: Kafka) {}

  check(): Promise<void> {
    this.inFlight ??= this.probe().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async probe(): Promise<void> {
    this.admin ??= this.kafka.admin();
    try {
      if (!this.connected) {
        await this.admin.connect();
        this.connected = true;
      }
      const cluster = await this.admin.describeCluster();
      if (cluster.brokers.length === 0) throw new Error('the cluster reports no brokers');
    } catch (error) {
      this.connected = false;
      await this.admin.disconnect().catch(() => undefined);
      throw error;
    }
  }

  /** Drops the connection without waiting for a probe in flight (which then fails, as it should during shutdown). */
  async close(): Promise<void> {
    this.connected = false;
    await this.admin?.disconnect().catch(() => undefined);
  }
}

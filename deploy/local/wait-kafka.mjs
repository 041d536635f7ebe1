// Readiness probe for the local Kafka broker: exits 0 once the cluster answers metadata requests
// (describeCluster + listTopics) through kafkajs, 1 after --timeout seconds (default 60).
//   node deploy/local/wait-kafka.mjs [--timeout 60] [--brokers 127.0.0.1:19092]
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Kafka, logLevel } = require('kafkajs');

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const timeoutMs = Number(opt('timeout', '60')) * 1000;
const brokers = opt('brokers', process.env.KAFKA_BROKERS || '127.0.0.1:19092').split(',');

const kafka = new Kafka({
  clientId: 'cairn-wait-kafka',
  brokers,
  logLevel: logLevel.NOTHING,
  connectionTimeout: 2000,
  requestTimeout: 5000,
  retry: { retries: 0 },
});

const deadline = Date.now() + timeoutMs;
let lastError;
while (Date.now() < deadline) {
  const admin = kafka.admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    const topics = await admin.listTopics();
    await admin.disconnect();
    if (cluster.controller != null && cluster.brokers.length > 0) {
      console.log(
        `    kafka metadata ok: cluster ${cluster.clusterId}, ${cluster.brokers.length} broker(s), ` +
          `controller ${cluster.controller}, ${topics.length} topic(s)`,
      );
      process.exit(0);
    }
    lastError = new Error('no controller or brokers in metadata yet');
  } catch (err) {
    lastError = err;
    await admin.disconnect().catch(() => {});
  }
  await new Promise((r) => setTimeout(r, 500));
}
console.error(`kafka not ready on ${brokers.join(',')}: ${lastError?.message ?? 'timeout'}`);
process.exit(1);

import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { parseEvent, TOPICS } from '@cairn/contracts';
import { Kafka } from 'kafkajs';
import { Report } from './report';

const EXPECTED_EVENTS = ['RunCreated', 'DatasetLogged', 'ModelLogged', 'RunFinished'];

interface TrainResult {
  run_id: string;
  model_id: string;
  accuracy: number;
  loaded_accuracy: number;
}

function runPython(script: string, args: string[]): Promise<string> {
  const python = path.join(process.env.CAIRN_VENV ?? path.resolve(__dirname, '../.venv'), 'bin', 'python');
  return new Promise((resolve, reject) => {
    const child = spawn(python, [script, ...args], { env: { ...process.env, MLFLOW_HTTP_REQUEST_MAX_RETRIES: '0', MLFLOW_TRACKING_TOKEN: process.env.CAIRN_BOOTSTRAP_ADMIN_TOKEN } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`${script} exited ${code}:\n${stderr}`))));
  });
}

/**
 * Train → track: a data scientist's session with the real mlflow client against the tracking service, then the
 * coarse events of that run must reach `cairn.tracking.events` through the tracking service's own relay.
 */
export async function trainAndTrack(kafka: Kafka, trackingPort: number, report: Report, runId: string): Promise<void> {
  const seen = new Map<string, string[]>();
  const consumer = kafka.consumer({ groupId: `cairn-e2e-tracking-${runId}`, maxWaitTimeInMs: 200 });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: TOPICS.trackingEvents, fromBeginning: false });
    await consumer.run({
      eachMessage: async ({ message }) => {
        const event = parseEvent(JSON.parse(message.value?.toString() ?? 'null'));
        const key = message.key?.toString() ?? '';
        seen.set(key, [...(seen.get(key) ?? []), event.type]);
      },
    });
    await joined;

    const started = Date.now();
    const output = await runPython(path.join(__dirname, 'train_and_track.py'), [`http://127.0.0.1:${trackingPort}`]);
    const result = JSON.parse(output.trim().split('\n').pop() ?? '{}') as TrainResult;
    report.check('mlflow client trains and logs a model in a run', Boolean(result.run_id && result.model_id), `run ${result.run_id}, model ${result.model_id}, ${Date.now() - started} ms`);
    report.check('pyfunc loads the logged model back', result.loaded_accuracy === result.accuracy, `accuracy ${result.accuracy.toFixed(3)}`);

    const deadline = Date.now() + 60_000;
    const arrived = () => EXPECTED_EVENTS.every((type) => seen.get(result.run_id)?.includes(type));
    while (!arrived() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    report.check(
      'tracking events reach cairn.tracking.events keyed by run id',
      arrived(),
      (seen.get(result.run_id) ?? []).join(' → ') || 'none',
    );
  } finally {
    await consumer.disconnect();
  }
}

import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** One line of bench/results/<name>.json (the brief's format); ratio > 1 means Cairn is better. */
export interface BenchRow {
  workload: string;
  metric: string;
  cairn: number;
  peer: string;
  peer_value: number;
  ratio: number;
  unit: string;
  command: string;
  date: string;
}

export interface Measurement {
  workload: string;
  metric: string;
  cairn: number;
  peer: string;
  peerValue: number;
  unit: string;
  /** Throughput: true (ratio = cairn / peer). Latency: false (ratio = peer / cairn). */
  higherIsBetter: boolean;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function benchRow(measurement: Measurement, command: string, date: string): BenchRow {
  const { cairn, peerValue, higherIsBetter } = measurement;
  const digits = Math.abs(cairn) >= 100 ? 0 : 2;
  return {
    workload: measurement.workload,
    metric: measurement.metric,
    cairn: round(cairn, digits),
    peer: measurement.peer,
    peer_value: round(peerValue, Math.abs(peerValue) >= 100 ? 0 : 2),
    ratio: round(higherIsBetter ? cairn / peerValue : peerValue / cairn, 3),
    unit: measurement.unit,
    command,
    date,
  };
}

/** Prints each row with its ratio and writes bench/results/<name>.json. */
export function writeBenchResults(name: string, rows: BenchRow[]): string {
  for (const r of rows) {
    console.log(`${r.workload} [${r.metric}]: cairn ${r.cairn} ${r.unit}, ${r.peer} ${r.peer_value} ${r.unit}, ratio ${r.ratio}`);
  }
  const out = path.join(__dirname, 'results', `${name}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
  return out;
}

import { setTimeout as sleep } from 'node:timers/promises';
import type { EventStore } from '@cairn/event-store';

export interface ProbeAppendPlan {
  streams: number;
  perStream: number;
  /** First sequence to append (default 0); a stream's version before it equals this. */
  firstSequence?: number;
  /** Events per append. */
  chunk: number;
  /** Parallel appenders; each owns a slice of the streams, so each stream is appended strictly in order. */
  workers: number;
  /** Pause between one worker's appends (paces a run for the kill test). */
  pauseMs?: number;
  prefix?: string;
}

export function probeStream(index: number, prefix = 'probe'): string {
  return `${prefix}-${index}`;
}

/** Appends `sequence` firstSequence..+perStream-1 to each stream, interleaving streams in the global order. */
export async function appendProbes(store: EventStore, plan: ProbeAppendPlan): Promise<void> {
  const rounds = Math.ceil(plan.perStream / plan.chunk);
  const worker = async (first: number) => {
    for (let round = 0; round < rounds; round += 1) {
      for (let index = first; index < plan.streams; index += plan.workers) {
        const base = plan.firstSequence ?? 0;
        const start = base + round * plan.chunk;
        const end = Math.min(base + plan.perStream, start + plan.chunk);
        const events = [];
        for (let sequence = start; sequence < end; sequence += 1) {
          events.push({ type: 'ProbeRecorded', data: { sequence }, metadata: { actor: 'test', correlationId: `c-${index}` } });
        }
        await store.append(probeStream(index, plan.prefix), events, start);
        if (plan.pauseMs) await sleep(plan.pauseMs);
      }
    }
  };
  await Promise.all(Array.from({ length: plan.workers }, (_, first) => worker(first)));
}

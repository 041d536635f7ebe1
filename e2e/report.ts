/** A plain-text and JSON report of the e2e job: checks that pass or fail, and measured figures. */
interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

interface Metric {
  name: string;
  value: number;
  unit: string;
}

export class Report {
  private readonly checks: Check[] = [];
  private readonly metrics: Metric[] = [];

  constructor(private readonly title: string) {}

  check(name: string, ok: boolean, detail = ''): void {
    this.checks.push({ name, ok, detail });
  }

  metric(name: string, value: number, unit: string): void {
    this.metrics.push({ name, value, unit });
  }

  get passed(): boolean {
    return this.checks.length > 0 && this.checks.every((check) => check.ok);
  }

  toJSON() {
    return { title: this.title, passed: this.passed, checks: this.checks, metrics: this.metrics };
  }

  render(savedTo: string): string {
    const width = Math.max(...this.checks.map((check) => check.name.length), ...this.metrics.map((m) => m.name.length));
    const lines = [this.title, '='.repeat(this.title.length)];
    for (const check of this.checks) lines.push(`${check.ok ? 'PASS' : 'FAIL'}  ${check.name.padEnd(width)}  ${check.detail}`);
    for (const metric of this.metrics) lines.push(`      ${metric.name.padEnd(width)}  ${metric.value.toFixed(1)} ${metric.unit}`);
    const failed = this.checks.filter((check) => !check.ok).length;
    lines.push('', `${this.passed ? 'PASSED' : 'FAILED'}: ${this.checks.length - failed} of ${this.checks.length} checks (report: ${savedTo})`);
    return lines.join('\n');
  }
}

/** Nearest-rank percentile; NaN for no samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

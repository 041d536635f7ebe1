import { Controller, Get, Res } from '@nestjs/common';
import { Readiness } from './readiness';

interface StatusSetter {
  status(code: number): unknown;
}

/** Liveness and readiness probes; open without auth. */
@Controller()
export class HealthController {
  constructor(private readonly readiness: Readiness) {}

  /** Liveness: the process is up and its event loop answers. Never checks dependencies (a restart won't fix them). */
  @Get('healthz')
  liveness(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: 200 when every registered check passes, else 503 naming the failing ones. */
  @Get('readyz')
  async ready(@Res({ passthrough: true }) response: StatusSetter) {
    const report = await this.readiness.report();
    response.status(report.ready ? 200 : 503);
    return { status: report.ready ? 'ready' : 'not_ready', ...report };
  }
}

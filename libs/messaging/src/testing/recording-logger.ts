import { LogFields, Logger } from '../logger';

/** Keeps warnings and errors (kafkajs's included) so a test can show or assert them. */
export class RecordingLogger implements Logger {
  readonly lines: string[] = [];
  info(): void {}
  warn(message: string, fields?: LogFields): void {
    this.lines.push(`WARN ${message} ${JSON.stringify(fields ?? {})}`);
  }
  error(message: string, fields?: LogFields): void {
    this.lines.push(`ERROR ${message} ${JSON.stringify(fields ?? {})}`);
  }
}

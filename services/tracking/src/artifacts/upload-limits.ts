import { Transform } from 'node:stream';
import { InvalidArgument } from '@cairn/contracts';

/** Bounds on one upload, checked before anything is written and again while the body streams. */
export interface UploadLimits {
  /** A longer body is refused and nothing of it is kept. */
  maxBytes?: number;
  /** An empty body is refused (MLflow's UI upload requires data). */
  nonEmpty?: boolean;
  /** The request's Content-Length, when it sent one: a body declared too long is refused unread. */
  declaredBytes?: number;
}

const tooLarge = (maxBytes: number) =>
  new InvalidArgument('ARTIFACTS.UPLOAD_TOO_LARGE', `Artifact size is too large. Max size is ${maxBytes / (1024 * 1024)}MB.`, {
    max_bytes: maxBytes,
  });

const empty = () => new InvalidArgument('ARTIFACTS.EMPTY_UPLOAD', 'Request must specify data.');

/** Refuses up front what the declared length already rules out. */
export function checkDeclaredLength(limits: UploadLimits): void {
  const { maxBytes, declaredBytes } = limits;
  if (declaredBytes === undefined) return;
  if (maxBytes !== undefined && declaredBytes > maxBytes) throw tooLarge(maxBytes);
  if (limits.nonEmpty && declaredBytes === 0) throw empty();
}

/** Passes the body through, failing the stream (so the temp file is dropped) once it breaks a limit. */
export function enforceUploadLimits(limits: UploadLimits): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      seen += chunk.length;
      if (limits.maxBytes !== undefined && seen > limits.maxBytes) done(tooLarge(limits.maxBytes));
      else done(null, chunk);
    },
    flush(done) {
      done(limits.nonEmpty && seen === 0 ? empty() : null);
    },
  });
}

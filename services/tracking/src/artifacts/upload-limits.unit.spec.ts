import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkDeclaredLength, enforceUploadLimits } from './upload-limits';

const MiB = 1024 * 1024;

async function pass(chunks: Buffer[], limits: Parameters<typeof enforceUploadLimits>[0]): Promise<number> {
  let written = 0;
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => ((written += chunk.length), done()) });
  await pipeline(Readable.from(chunks), enforceUploadLimits(limits), sink);
  return written;
}

describe('upload limits', () => {
  it('a body within the limit passes through whole', async () => {
    expect(await pass([Buffer.alloc(MiB), Buffer.alloc(MiB)], { maxBytes: 2 * MiB, nonEmpty: true })).toBe(2 * MiB);
  });

  it('a body one byte over the limit fails the stream with MLflow’s message', async () => {
    await expect(pass([Buffer.alloc(MiB), Buffer.alloc(1)], { maxBytes: MiB })).rejects.toMatchObject({
      code: 'ARTIFACTS.UPLOAD_TOO_LARGE',
      message: 'Artifact size is too large. Max size is 1MB.',
    });
  });

  it('an empty body fails only when data is required', async () => {
    await expect(pass([], { nonEmpty: true })).rejects.toMatchObject({ code: 'ARTIFACTS.EMPTY_UPLOAD', message: 'Request must specify data.' });
    expect(await pass([], {})).toBe(0);
  });

  it('a declared length over the limit, or a declared empty body, is refused before reading', () => {
    expect(() => checkDeclaredLength({ maxBytes: 10 * MiB, declaredBytes: 10 * MiB + 1 })).toThrow('Max size is 10MB.');
    expect(() => checkDeclaredLength({ nonEmpty: true, declaredBytes: 0 })).toThrow('Request must specify data.');
    expect(() => checkDeclaredLength({ maxBytes: 10 * MiB, nonEmpty: true, declaredBytes: 10 * MiB })).not.toThrow();
    expect(() => checkDeclaredLength({ maxBytes: 10 * MiB })).not.toThrow();
  });
});

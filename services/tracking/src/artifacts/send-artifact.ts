import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { ArtifactDownload } from './artifact-store';
import { attachmentDisposition } from './content-type';

/**
 * Streams a download the way every artifact route answers: a type that is never `text/html`, always as an
 * attachment, `nosniff`, and a sandboxing CSP, so user content opened on our origin cannot run script there.
 */
export async function sendArtifact(response: ServerResponse, file: ArtifactDownload): Promise<void> {
  response.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': String(file.size),
    'Content-Disposition': attachmentDisposition(file.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
  });
  // Headers are sent: a read error can only cut the response short, which the client sees as a short body.
  await pipeline(file.body, response).catch(() => response.destroy());
}

/** MLflow's FileInfo JSON: `file_size` only for files. */
export function fileInfoJson(file: { path: string; isDir: boolean; size?: number }) {
  return file.isDir ? { path: file.path, is_dir: true } : { path: file.path, is_dir: false, file_size: file.size };
}

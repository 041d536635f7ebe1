import * as path from 'node:path';

/**
 * The Content-Type a download is served with, chosen as MLflow's `_guess_mime_type` does so the UI and clients
 * see the same thing: text-like extensions (and the extension-less MLmodel / MLproject) are `text/plain`,
 * a few well-known binary types get their own type, the rest `application/octet-stream`. Never `text/html`:
 * artifacts are user content and are always sent as attachments with `nosniff`.
 */
const TEXT_EXTENSIONS = new Set([
  'txt', 'log', 'err', 'cfg', 'conf', 'cnf', 'cf', 'ini', 'properties', 'prop', 'hocon', 'toml', 'yaml', 'yml',
  'xml', 'json', 'js', 'py', 'py3', 'csv', 'tsv', 'md', 'rst', 'ipynb', 'MLmodel', 'MLproject',
]);

const KNOWN_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  gz: 'application/gzip',
  zip: 'application/zip',
  tar: 'application/x-tar',
  parquet: 'application/vnd.apache.parquet',
};

export function contentTypeFor(fileName: string): string {
  const base = path.posix.basename(fileName);
  const extension = path.posix.extname(base).slice(1) || base;
  if (TEXT_EXTENSIONS.has(extension)) return 'text/plain';
  return KNOWN_TYPES[extension.toLowerCase()] ?? 'application/octet-stream';
}

/** RFC 6266 attachment header; non-ASCII names get an ASCII fallback plus an RFC 5987 `filename*`. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '_') || 'download';
  if (ascii === fileName) return `attachment; filename="${ascii}"`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { InvalidArgument, NotFound } from '@cairn/contracts';
import { LocalArtifactStore } from './artifact-store';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('LocalArtifactStore on a temp root', () => {
  let base: string;
  let root: string;
  let outside: string;
  let store: LocalArtifactStore;

  beforeEach(async () => {
    base = await fs.mkdtemp(path.join(os.tmpdir(), 'cairn-artifact-store-'));
    root = path.join(base, 'root');
    outside = path.join(base, 'outside');
    await fs.mkdir(outside);
    await fs.writeFile(path.join(outside, 'secret.txt'), 'canary');
    store = new LocalArtifactStore(root);
  });

  afterEach(() => fs.rm(base, { recursive: true, force: true }));

  it('put then get round-trips bytes, size and content type', async () => {
    const bytes = Buffer.from([0, 1, 2, 255, 254]);
    await store.put('run/artifacts/data/blob.bin', Readable.from([bytes]));
    const file = await store.get('run/artifacts/data/blob.bin');
    expect(file).toMatchObject({ fileName: 'blob.bin', contentType: 'application/octet-stream', size: 5 });
    expect(await readAll(file.body)).toEqual(bytes);
  });

  it('a second put replaces the file', async () => {
    await store.put('a.txt', Readable.from(['one']));
    await store.put('a.txt', Readable.from(['two!']));
    expect((await readAll((await store.get('a.txt')).body)).toString()).toBe('two!');
  });

  it.each([
    ['before streaming starts', 0],
    ['mid-stream', 30],
  ])('an upload failing %s leaves neither the target nor a temp file', async (_when, delayMs) => {
    const body = new PassThrough();
    const upload = store.put('dir/half.bin', body);
    body.write('partial');
    setTimeout(() => body.destroy(new Error('client went away')), delayMs);
    await expect(upload).rejects.toThrow('client went away');
    expect(await fs.readdir(path.join(root, 'dir'))).toEqual([]);
    await expect(store.get('dir/half.bin')).rejects.toBeInstanceOf(NotFound);
  });

  it('an upload in progress is invisible to get and list', async () => {
    const body = new PassThrough();
    const upload = store.put('slow.bin', body);
    body.write('first half');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await store.list('')).toEqual([]);
    await expect(store.get('slow.bin')).rejects.toBeInstanceOf(NotFound);
    body.end('second half');
    await upload;
    expect(await store.list('')).toEqual([{ name: 'slow.bin', isDir: false, size: 21 }]);
  });

  it('lists direct children with sizes for files only, sorted', async () => {
    await store.put('r/b.txt', Readable.from(['bb']));
    await store.put('r/a/inner.txt', Readable.from(['x']));
    expect(await store.list('r')).toEqual([
      { name: 'a', isDir: true },
      { name: 'b.txt', isDir: false, size: 2 },
    ]);
  });

  it('lists a missing path or a file as empty', async () => {
    await store.put('f.txt', Readable.from(['x']));
    expect(await store.list('nope')).toEqual([]);
    expect(await store.list('f.txt')).toEqual([]);
  });

  it('get of a missing file is NOT_FOUND, of a directory INVALID_ARGUMENT', async () => {
    await store.put('d/f.txt', Readable.from(['x']));
    await expect(store.get('d/missing.txt')).rejects.toBeInstanceOf(NotFound);
    await expect(store.get('d')).rejects.toBeInstanceOf(InvalidArgument);
  });

  it('delete removes a file or a directory tree; a missing path is fine', async () => {
    await store.put('d/e/f.txt', Readable.from(['x']));
    await store.put('g.txt', Readable.from(['x']));
    await store.delete('d');
    await store.delete('g.txt');
    await store.delete('never-there');
    expect(await store.list('')).toEqual([]);
  });

  it('refuses to delete the root itself', async () => {
    await expect(store.delete('')).rejects.toBeInstanceOf(InvalidArgument);
  });

  it('uploading below an existing file is INVALID_ARGUMENT', async () => {
    await store.put('f.txt', Readable.from(['x']));
    await expect(store.put('f.txt/child', Readable.from(['y']))).rejects.toBeInstanceOf(InvalidArgument);
  });

  describe('given a symlink inside the root that points outside it', () => {
    beforeEach(async () => {
      await fs.mkdir(root, { recursive: true });
      await fs.symlink(outside, path.join(root, 'escape'));
      await fs.symlink(path.join(outside, 'secret.txt'), path.join(root, 'secret-link.txt'));
    });

    it('reading through a linked directory or file is refused', async () => {
      await expect(store.get('escape/secret.txt')).rejects.toBeInstanceOf(InvalidArgument);
      await expect(store.get('secret-link.txt')).rejects.toBeInstanceOf(InvalidArgument);
    });

    it('writing through it is refused and nothing is created outside', async () => {
      await expect(store.put('escape/new.txt', Readable.from(['x']))).rejects.toBeInstanceOf(InvalidArgument);
      await expect(store.put('escape/deep/new.txt', Readable.from(['x']))).rejects.toBeInstanceOf(InvalidArgument);
      expect((await fs.readdir(outside)).sort()).toEqual(['secret.txt']);
    });

    it('listing through it is refused and the links are hidden from the parent listing', async () => {
      await expect(store.list('escape')).rejects.toBeInstanceOf(InvalidArgument);
      expect(await store.list('')).toEqual([]);
    });

    it('deleting through it is refused; deleting the link removes only the link', async () => {
      await expect(store.delete('escape/secret.txt')).rejects.toBeInstanceOf(InvalidArgument);
      await store.delete('secret-link.txt');
      await store.delete('escape');
      expect(await fs.readFile(path.join(outside, 'secret.txt'), 'utf8')).toBe('canary');
    });
  });
});

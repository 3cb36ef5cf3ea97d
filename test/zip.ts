import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** One part of a zip as written: its deflated bytes and the size its headers declare. */
export interface ZipPart {
  name: string;
  deflated: Buffer;
  /** What the headers say the part unpacks to; a bomb says less than the truth. */
  declaredSize: number;
  crc: number;
}

/** The parts of a zip (deflated ones only, as exceljs writes them), read from its central directory. */
export function readZipParts(buf: Buffer): ZipPart[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
  const parts: ZipPart[] = [];
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const packed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString();
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const stored = buf.readUInt16LE(at + 10) === 0;
    const raw = buf.subarray(start, start + packed);
    const deflated = stored ? deflateRawSync(raw) : Buffer.from(raw);
    parts.push({ name, deflated, declaredSize: buf.readUInt32LE(at + 24), crc: buf.readUInt32LE(at + 16) });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return parts;
}

export const partOf = (name: string, content: string | Buffer): ZipPart => {
  const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
  return { name, deflated: deflateRawSync(data), declaredSize: data.length, crc: crc32(data) };
};

export const contentOf = (part: ZipPart) => inflateRawSync(part.deflated);

/** One part of a zip (a Word document's word/styles.xml, say) as text. */
export function partText(buf: Buffer, name: string): string {
  const part = readZipParts(buf).find((p) => p.name === name);
  if (!part) throw new Error(`${name} not in the package`);
  return contentOf(part).toString('utf8');
}
/** The visible text of a Word document: the contents of its w:t runs, joined. */
export const wordText = (buffer: Buffer) =>
  [...(partText(buffer, 'word/document.xml') ?? '').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join('')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"');

/** A zip of deflated parts with the sizes they declare. */
export function writeZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(p.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.deflated.length, 20);
    central.writeUInt32LE(p.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + p.deflated.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/**
 * A deflate stream of `mebibytes` MiB of spaces, about 1 kB per MiB, built without ever holding
 * the spaces: one sync-flushed MiB repeated (every back-reference points at spaces), then a final
 * empty block.
 */
export function deflatedSpaces(mebibytes: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), { finishFlush: constants.Z_SYNC_FLUSH });
  const finalEmptyBlock = Buffer.from([0x03, 0x00]);
  return Buffer.concat([...Array.from({ length: mebibytes }, () => chunk), finalEmptyBlock]);
}

/**
 * A real workbook whose first worksheet is replaced by `mebibytes` MiB of spaces while its headers
 * still declare the original size: small to upload, huge to unpack.
 */
export function zipBomb(workbook: Buffer, mebibytes: number): Buffer {
  return writeZip(
    readZipParts(workbook).map((p) =>
      p.name === 'xl/worksheets/sheet2.xml' ? { ...p, deflated: deflatedSpaces(mebibytes) } : p,
    ),
  );
}

/** The workbook with one part's XML changed (sizes and checksum kept honest). */
export function withPart(workbook: Buffer, name: string, edit: (xml: string) => string): Buffer {
  return writeZip(
    readZipParts(workbook).map((p) => (p.name === name ? partOf(p.name, edit(contentOf(p).toString())) : p)),
  );
}

/** The text of every part whose name matches (a Word document's headers: `word/header1.xml`, …), joined. */
export const partsText = (buf: Buffer, name: RegExp): string =>
  readZipParts(buf)
    .filter((p) => name.test(p.name))
    .map((p) => contentOf(p).toString('utf8'))
    .join('\n');

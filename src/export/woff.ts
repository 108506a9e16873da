// WOFF 1.0 → TrueType (sfnt), as the WOFF spec describes: each table is stored zlib-
// compressed (or as-is when that is not smaller); unpack them and write the sfnt table
// directory. jsPDF embeds TrueType only, and @fontsource ships woff and woff2.

export async function inflate(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function woffToSfnt(woff: ArrayBuffer): Promise<Uint8Array> {
  const src = new DataView(woff);
  if (src.byteLength < 44 || src.getUint32(0) !== 0x774f4646) throw new Error('Not a WOFF font file.');
  const flavor = src.getUint32(4);
  const numTables = src.getUint16(12);
  const tables: { tag: number; checksum: number; data: Uint8Array }[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 44 + i * 20;
    const tag = src.getUint32(at);
    const offset = src.getUint32(at + 4);
    const compLength = src.getUint32(at + 8);
    const origLength = src.getUint32(at + 12);
    const checksum = src.getUint32(at + 16);
    const stored = new Uint8Array(woff, offset, compLength);
    const data = compLength < origLength ? await inflate(stored) : stored;
    if (data.length !== origLength) throw new Error('Corrupt WOFF table.');
    tables.push({ tag, checksum, data });
  }
  const headerSize = 12 + 16 * numTables;
  const total = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerSize);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(numTables));
  view.setUint32(0, flavor);
  view.setUint16(4, numTables);
  view.setUint16(6, 2 ** log2 * 16);
  view.setUint16(8, log2);
  view.setUint16(10, numTables * 16 - 2 ** log2 * 16);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    view.setUint32(at, t.tag);
    view.setUint32(at + 4, t.checksum);
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += (t.data.length + 3) & ~3;
  });
  return out;
}

// A streaming PNG encoder for images larger than one browser canvas: the pixels arrive a
// strip of rows at a time and go straight into the zlib stream (CompressionStream), so the
// whole image is never in memory as pixels. RGBA, 8 bits, no interlace, no filtering
// (filter type 0: the rows are copied as they are, which keeps the encoder cheap).

const SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, crc = 0xffffffff): number {
  for (let i = 0; i < bytes.length; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return crc;
}

function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, (crc32(out.subarray(4, 8 + data.length)) ^ 0xffffffff) >>> 0);
  return out;
}

/**
 * Fills rows `y0 .. y0 + rows - 1` into `target`: row r's RGBA bytes start at
 * `r * (width * 4 + 1) + 1` (the byte before each row is the PNG filter type, left 0).
 */
export type StripSource = (y0: number, rows: number, target: Uint8Array) => Promise<void>;

export async function encodePngStreaming(width: number, height: number, stripRows: number, source: StripSource): Promise<Blob> {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, width);
  v.setUint32(4, height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const parts: BlobPart[] = [SIGNATURE, chunk('IHDR', ihdr)];

  const compressor = new CompressionStream('deflate'); // zlib format, as PNG wants
  const writer = compressor.writable.getWriter();
  const reading = (async () => {
    const reader = compressor.readable.getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      if (value?.length) parts.push(chunk('IDAT', value));
    }
  })();

  try {
    for (let y0 = 0; y0 < height; y0 += stripRows) {
      const rows = Math.min(stripRows, height - y0);
      const strip = new Uint8Array(rows * (width * 4 + 1));
      await source(y0, rows, strip);
      await writer.write(strip);
    }
    await writer.close();
  } catch (e) {
    await writer.abort(e).catch(() => undefined);
    await reading.catch(() => undefined);
    throw e;
  }
  await reading;
  parts.push(chunk('IEND', new Uint8Array(0)));
  return new Blob(parts, { type: 'image/png' });
}

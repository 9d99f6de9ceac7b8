/** Bytes from text, byte lists and byte arrays, joined in order. */
export function bytes(...pieces: (string | number[] | Uint8Array)[]): Uint8Array {
  const arrays = pieces.map((piece) =>
    typeof piece === "string"
      ? new TextEncoder().encode(piece)
      : piece instanceof Uint8Array
        ? piece
        : new Uint8Array(piece),
  );
  const out = new Uint8Array(arrays.reduce((sum, array) => sum + array.byteLength, 0));
  let offset = 0;
  for (const array of arrays) {
    out.set(array, offset);
    offset += array.byteLength;
  }
  return out;
}

/** Everything a stream yields, as one array. */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return bytes(...chunks);
    chunks.push(value);
  }
}

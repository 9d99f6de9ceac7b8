import { joinedBytes } from "../src/lib/bytes";

/** Bytes from text, byte lists and byte arrays, joined in order. */
export function bytes(...pieces: (string | number[] | Uint8Array)[]): Uint8Array {
  const arrays = pieces.map((piece) =>
    typeof piece === "string"
      ? new TextEncoder().encode(piece)
      : piece instanceof Uint8Array
        ? piece
        : new Uint8Array(piece),
  );
  return joinedBytes(arrays);
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

/** A byte stream (`type: "bytes"`, as a request's or an R2 object's body is) with `chunks` queued up. */
export function byteStream(...chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    type: "bytes",
    start(controller) {
      for (const chunk of chunks) if (chunk.byteLength > 0) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/** `views` copied, in order, into one array. */
export function joinedBytes(views: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(views.reduce((n, view) => n + view.byteLength, 0));
  let offset = 0;
  for (const view of views) {
    out.set(view, offset);
    offset += view.byteLength;
  }
  return out;
}

/**
 * Sends a body of exactly `length` bytes that `fill` writes while `send` reads it (an R2 put or
 * part), so that one made of many pieces is held once, as the pieces, and never copied into one
 * array: for a part of 5 MiB that is 5 MiB less to allocate and copy. What `send` answers.
 */
export async function sentInPieces<T>(
  length: number,
  fill: (write: (bytes: Uint8Array) => Promise<void>) => Promise<void>,
  send: (body: ReadableStream<Uint8Array>) => Promise<T>,
): Promise<T> {
  const { readable, writable } = new FixedLengthStream(length);
  const writer = writable.getWriter();
  const writing = fill((bytes) => writer.write(bytes)).then(
    () => writer.close(),
    async (error: unknown) => {
      // The reading side fails too, rather than waiting for bytes that will not come.
      await writer.abort(error);
      throw error;
    },
  );
  const [sent] = await Promise.all([send(readable), writing]);
  return sent;
}

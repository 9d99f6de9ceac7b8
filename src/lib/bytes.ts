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
 * Hands `send` one stream of `sources`, `length` bytes in all, in order, as they are: R2 takes a
 * stream of a known length for far less CPU than one large array, so no array of them all is
 * made, and a source that is itself a stream (an R2 object's body) is piped inside the runtime
 * without its bytes passing through JavaScript. A source that cannot be had aborts the stream,
 * and with it what `send` was doing.
 */
export async function sendStreamed<T>(
  length: number,
  sources: Iterable<Uint8Array> | AsyncIterable<Uint8Array | ReadableStream<Uint8Array>>,
  send: (body: ReadableStream<Uint8Array>) => Promise<T>,
): Promise<T> {
  const { readable, writable } = new FixedLengthStream(length);
  const writing = (async () => {
    // The stream is aborted through whoever holds it: the writer, or nobody while a pipe ran.
    let writer: WritableStreamDefaultWriter<Uint8Array> | null = writable.getWriter();
    try {
      for await (const source of sources) {
        if (source instanceof Uint8Array) {
          await writer.write(source);
        } else {
          writer.releaseLock();
          writer = null;
          await source.pipeTo(writable, { preventClose: true });
          writer = writable.getWriter();
        }
      }
      await writer.close();
    } catch (error) {
      await (writer ?? writable).abort(error).catch(() => undefined);
      throw error;
    }
  })();
  const [sent] = await Promise.all([send(readable), writing]);
  return sent;
}

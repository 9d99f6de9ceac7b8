import { describe, expect, it } from "vitest";
import { sendStreamed } from "../../src/lib/bytes";
import { byteStream, bytes } from "../bytes";

const read = (body: ReadableStream<Uint8Array>) => new Response(body).arrayBuffer();

describe("sendStreamed", () => {
  it("hands over arrays and piped streams as one stream, in order", async () => {
    async function* sources() {
      yield bytes("one ");
      yield byteStream(bytes("two "), bytes("three "));
      yield bytes("four");
    }
    const sent = await sendStreamed(18, sources(), read);
    expect(new TextDecoder().decode(sent)).toBe("one two three four");
  });

  it("a source that cannot be had, after a piped one, ends what was reading the stream too", async () => {
    async function* sources() {
      yield byteStream(bytes("part of it"));
      throw new Error("chunk 2 is missing");
    }
    let reading: Promise<ArrayBuffer> | undefined;
    const sending = sendStreamed(100, sources(), (body) => {
      reading = read(body);
      return reading;
    });
    await expect(sending).rejects.toThrow("chunk 2 is missing");
    // Left unaborted, the reader would wait for the rest for ever, as R2's put or part would.
    await expect(reading).rejects.toThrow();
  });
});

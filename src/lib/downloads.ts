import type { attachments } from "../db/schema";

/** Nothing in a downloaded file may run, even if a browser were to render it. */
export const DOWNLOAD_CSP = "default-src 'none'; sandbox";

/**
 * A stored file as a download: never rendered in the browser (`attachment`, `nosniff`, a sandbox
 * CSP), never cached, with the original name for display only.
 */
export function attachmentResponse(
  body: ReadableStream,
  file: Pick<typeof attachments.$inferSelect, "contentType" | "size" | "fileName">,
): Response {
  return new Response(body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
      "Content-Security-Policy": DOWNLOAD_CSP,
    },
  });
}

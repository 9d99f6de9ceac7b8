import { exportContentType } from "../cases/export-sources";
import type { ExportJob } from "../db/queries/exports";
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

/** An export's file as a download, named as its R2 key ends (`cases.csv`, `IN-2026-K7M3QX.zip`). */
export function exportFileResponse(job: Pick<ExportJob, "r2Key" | "kind">, object: R2ObjectBody): Response {
  return attachmentResponse(object.body, {
    contentType: exportContentType(job.kind),
    size: object.size,
    fileName: job.r2Key.slice(job.r2Key.lastIndexOf("/") + 1),
  });
}

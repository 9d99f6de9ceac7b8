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

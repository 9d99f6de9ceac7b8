/**
 * Stands in for prettier in the Worker bundle (see `[alias]` in wrangler.toml). React Email's
 * render imports prettier only for its `pretty` option, which we never use; bundling it would add
 * about 340 KiB to every cold start.
 */
export function format(): never {
  throw new Error("prettier is not bundled: render emails without `pretty`");
}

export default {};

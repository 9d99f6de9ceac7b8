// Bundling only: wrangler.toml aliases "zod" here. @hono/zod-openapi does `import { z } from "zod"`
// and passes `z` to `extendZodWithOpenApi`, which keeps zod's whole namespace (every locale, the
// JSON-Schema converters…) in the bundle. That call only needs `ZodType`, so `z` here holds just
// that, and everything else is zod itself, which the bundler can then shake as usual.
import { ZodType } from "../../node_modules/zod/v4/classic/external.js";

export * from "../../node_modules/zod/v4/classic/external.js";
export const z = { ZodType };

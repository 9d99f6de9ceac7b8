// Bundling only: wrangler.toml aliases "zod" and "zod/v4" here. Two libraries take zod's whole
// namespace `z` as a value, which keeps all of zod (every locale, the JSON-Schema converters…) in
// the bundle: @hono/zod-openapi passes it to `extendZodWithOpenApi`, which only needs `ZodType`,
// and drizzle-zod (`import { z } from "zod/v4"`) builds schemas from a column with the factories
// listed below. So `z` here holds just those, and everything else is zod itself, which the
// bundler can then shake as usual. A factory drizzle-zod needs and `z` lacks fails as soon as the
// response schemas are derived, at startup.
import {
  any,
  array,
  bigint,
  boolean,
  coerce,
  custom,
  date,
  enum as enumOf,
  int,
  null as nullValue,
  number,
  object,
  record,
  string,
  tuple,
  union,
  uuid,
  ZodType,
} from "../../node_modules/zod/v4/classic/external.js";

export * from "../../node_modules/zod/v4/classic/external.js";
export const z = {
  ZodType,
  any,
  array,
  bigint,
  boolean,
  coerce,
  custom,
  date,
  enum: enumOf,
  int,
  null: nullValue,
  number,
  object,
  record,
  string,
  tuple,
  union,
  uuid,
};

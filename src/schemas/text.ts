import * as z from "zod";
import { cleanText } from "../lib/text";

/** A text field: cleaned (`cleanText`), then trimmed; add `.min`, `.max`, `.regex` as needed. */
export const text = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanText).trim();

/** Empty after cleaning and trimming: the field was left blank, so it is treated as not sent. */
export const blankToUndefined = (value: unknown) =>
  typeof value === "string" && cleanText(value).trim() === "" ? undefined : value;

/** Snippets: texts staff of an organization start a message from. */
// Gives zod's types `.openapi()`: it must run before the schemas below are made.
import "@hono/zod-openapi";
import * as z from "zod";
import { languageSchema } from "./organization";
import { blankToUndefined, text } from "./text";

export const snippetSchema = z.object({
  title: text().min(1).max(200),
  body: text().min(1).max(20_000),
  language: z
    .preprocess(blankToUndefined, languageSchema.nullable().optional())
    .openapi({ description: "The language it is written in, if it is for readers of one language." }),
});

export const snippetChangesSchema = snippetSchema.partial();

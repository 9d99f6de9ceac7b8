import { Fragment, isValidElement, type ReactNode } from "react";

/** Elements that stand on lines of their own in plain text. */
const BLOCKS = new Set(["html", "body", "div", "p", "table", "tbody", "tr", "section", "ul", "ol", "li"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * The plain-text part of an email, made from the same element tree as its HTML (the catalog's
 * texts and the links), not by parsing the rendered HTML back: that converter cost several
 * milliseconds of CPU per email and a large part of the bundle. Templates are pure functions of
 * their props, so their tree can be walked without React's renderer.
 */
export function plainText(node: ReactNode, as: TextFor = "email"): string {
  return `${walk(node, as)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n[ \t]+/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

type Props = Record<string, unknown> & { children?: ReactNode };
type Render = (props: Props, ref: null) => ReactNode;

/**
 * Who reads the text: an email's plain part, or a printed letter, which leaves out the heading (the
 * letter prints the subject as its heading) and what only an email has (`data-email-only`).
 */
export type TextFor = "email" | "letter";

function walk(node: ReactNode, as: TextFor): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map((child) => walk(child, as)).join("");
  if (!isValidElement<Props>(node)) return "";
  const { type, props } = node;
  // React Email marks what a mail client hides, such as the inbox preview line.
  if (props["data-skip-in-text"]) return "";
  if (as === "letter" && (props["data-email-only"] || type === "h1")) return "";
  if (type === Fragment) return walk(props.children, as);
  if (typeof type === "function") return walk((type as Render)(props, null), as);
  // A component made with forwardRef, as React Email's are.
  const render: unknown = typeof type === "object" && type !== null ? Reflect.get(type, "render") : undefined;
  if (typeof render === "function") return walk((render as Render)(props, null), as);
  if (typeof type !== "string") return "";
  if (type === "head") return "";
  if (type === "br") return "\n";
  if (type === "hr") return "\n\n---\n\n";
  const inner = walk(props.children, as);
  if (type === "a") {
    const label = inner.trim();
    const href = typeof props.href === "string" ? props.href : "";
    return href && href !== label ? `${label} ${href}` : label;
  }
  if (HEADINGS.has(type)) return `\n\n${inner.trim()}\n\n`;
  return BLOCKS.has(type) ? `\n\n${inner}\n\n` : inner;
}

import { Fragment, isValidElement, type ReactNode } from "react";

// An email's HTML and its plain-text part, both written from its element tree. Templates are pure
// functions of their props (no state, effects or suspense), so the tree can be walked without
// React's streaming renderer, which was 34 KiB of the gzipped bundle and parsed by every isolate
// that sends mail. test/emails/html.test.ts holds the HTML to what react-dom writes for every
// template in every language.

type Props = Record<string, unknown> & { children?: ReactNode; dangerouslySetInnerHTML?: { __html: string } };
type Render = (props: Props, ref: null) => ReactNode;
type Element = { type: unknown; props: Props };

/** What a component element renders to, or undefined for an element of the document itself. */
function rendered({ type, props }: Element): ReactNode | undefined {
  if (type === Fragment) return props.children;
  if (typeof type === "function") return (type as Render)(props, null);
  // A component made with forwardRef, as React Email's are.
  const render: unknown = typeof type === "object" && type !== null ? Reflect.get(type, "render") : undefined;
  if (typeof render === "function") return (render as Render)(props, null);
  return undefined;
}

const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/** The HTML part of an email: the XHTML doctype mail clients expect, then the document. */
export function renderHtml(node: ReactNode): string {
  return DOCTYPE + html(node);
}

const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "wbr",
]);
const ATTRIBUTE_NAMES: Record<string, string> = {
  className: "class",
  htmlFor: "for",
  httpEquiv: "http-equiv",
  acceptCharset: "accept-charset",
};
const BOOLEAN_ATTRIBUTES = new Set(["hidden", "disabled", "open", "required", "readOnly"]);
const NOT_ATTRIBUTES = new Set(["children", "dangerouslySetInnerHTML", "ref", "key"]);

function html(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return escapeHtml(String(node));
  if (Array.isArray(node)) return node.map(html).join("");
  if (!isValidElement<Props>(node)) return "";
  const component = rendered(node);
  if (component !== undefined) return html(component);
  const { type, props } = node;
  if (typeof type !== "string") return "";
  const open = `<${type}${attributes(props)}`;
  if (VOID_ELEMENTS.has(type)) return `${open}/>`;
  const inner = props.dangerouslySetInnerHTML?.__html ?? html(props.children);
  return `${open}>${inner}</${type}>`;
}

function attributes(props: Props): string {
  let written = "";
  for (const [name, value] of Object.entries(props)) {
    if (NOT_ATTRIBUTES.has(name) || value === null || value === undefined || typeof value === "function") continue;
    const attribute = ATTRIBUTE_NAMES[name] ?? name;
    if (name === "style") {
      const style = styleOf(value as Record<string, unknown>);
      if (style) written += ` style="${escapeHtml(style)}"`;
    } else if (BOOLEAN_ATTRIBUTES.has(name)) {
      if (value) written += ` ${attribute}=""`;
    } else if (typeof value !== "boolean" || /^(data|aria)-/.test(name)) {
      written += ` ${attribute}="${escapeHtml(String(value))}"`;
    }
  }
  return written;
}

// CSS properties whose numbers have no unit; any other non-zero number is in pixels, as in React.
const UNITLESS = new Set([
  "flex",
  "flexGrow",
  "flexShrink",
  "fontWeight",
  "lineHeight",
  "opacity",
  "order",
  "zIndex",
  "zoom",
]);

/** A style object as a `style` attribute's value: `fontSize: 16` is `font-size:16px`. */
function styleOf(style: Record<string, unknown>): string {
  const declarations: string[] = [];
  for (const [name, value] of Object.entries(style)) {
    if (value === null || value === undefined || typeof value === "boolean" || value === "") continue;
    const property = name.startsWith("--") ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const text = typeof value === "number" && value !== 0 && !UNITLESS.has(name) ? `${value}px` : String(value).trim();
    declarations.push(`${property}:${text}`);
  }
  return declarations.join(";");
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Elements that stand on lines of their own in plain text. */
const BLOCKS = new Set(["html", "body", "div", "p", "table", "tbody", "tr", "section", "ul", "ol", "li"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * Who reads the text: an email's plain part, or a printed letter, which leaves out the heading (the
 * letter prints the subject as its heading) and what only an email has (`data-email-only`).
 */
export type TextFor = "email" | "letter";

/**
 * The plain-text part of an email, made from the same element tree as its HTML (the catalog's
 * texts and the links), not by parsing the rendered HTML back.
 */
export function plainText(node: ReactNode, as: TextFor = "email"): string {
  return `${text(node, as)
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n[ \t]+/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()}\n`;
}

function text(node: ReactNode, as: TextFor): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number" || typeof node === "bigint") return String(node);
  if (Array.isArray(node)) return node.map((child) => text(child, as)).join("");
  if (!isValidElement<Props>(node)) return "";
  const { type, props } = node;
  // React Email marks what a mail client hides, such as the inbox preview line.
  if (props["data-skip-in-text"]) return "";
  if (as === "letter" && (props["data-email-only"] || type === "h1")) return "";
  const component = rendered(node);
  if (component !== undefined) return text(component, as);
  if (typeof type !== "string") return "";
  if (type === "head") return "";
  if (type === "br") return "\n";
  if (type === "hr") return "\n\n---\n\n";
  const inner = text(props.children, as);
  if (type === "a") {
    const label = inner.trim();
    const href = typeof props.href === "string" ? props.href : "";
    return href && href !== label ? `${label} ${href}` : label;
  }
  if (HEADINGS.has(type)) return `\n\n${inner.trim()}\n\n`;
  return BLOCKS.has(type) ? `\n\n${inner}\n\n` : inner;
}

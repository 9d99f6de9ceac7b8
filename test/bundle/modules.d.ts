// Untyped modules the alias test imports by name (their stand-ins are what it loads).
declare module "html-to-text" {
  export function convert(html: string): string;
}
declare module "react-dom/server.edge";

// Bundling only: wrangler.toml aliases "react-dom/server.edge" here. React Email renders with
// `renderToReadableStream` alone, but react-dom's entry also loads the legacy string renderer
// (`renderToString`), another 264 KiB that every cold start would parse for nothing.
// @ts-expect-error: react-dom ships no types for its built files
export { renderToReadableStream } from "../../node_modules/react-dom/cjs/react-dom-server.edge.production.js";

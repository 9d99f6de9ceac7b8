// Bundling only: wrangler.toml aliases "react-dom/server" and "react-dom/server.edge" here. React
// Email renders with `renderToReadableStream` alone, but react-dom's entry also loads the legacy
// string renderer (`renderToString`), another 264 KiB that every cold start would parse for
// nothing. Like react-dom's own entry, the build of react-dom matches React's (NODE_ENV).
if (process.env.NODE_ENV === "production") {
  exports.renderToReadableStream =
    require("../../node_modules/react-dom/cjs/react-dom-server.edge.production.js").renderToReadableStream;
} else {
  exports.renderToReadableStream =
    require("../../node_modules/react-dom/cjs/react-dom-server.edge.development.js").renderToReadableStream;
}

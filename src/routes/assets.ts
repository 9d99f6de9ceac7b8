import { Hono } from "hono";
import type { AppEnv } from "../env";
import { stylesheet } from "../pages/styles";

export const assetsRoute = new Hono<AppEnv>().get("/app.css", (c) => {
  c.header("Content-Type", "text/css; charset=utf-8");
  c.header("Cache-Control", "public, max-age=3600");
  return c.body(stylesheet);
});

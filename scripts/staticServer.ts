import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface StaticServer {
  /** Origin plus base path, e.g. "http://127.0.0.1:41234/course/". */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built `dist/` on loopback under `base`, as a static host would: anything outside the
 * base is a 404, missing files get dist/404.html when there is one. Port 0 picks a free port.
 */
export async function startStaticServer(dir: string, base = "/", port = 0, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  // gzip: serve file.gz beside a file to clients that accept it, as production hosts compress.
  const serve = sirv(dir, { dev: false, etag: true, extensions: ["html"], gzip: options.gzip ?? false });
  const notFoundPage = join(dir, "404.html");
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    const notFound = () => {
      res.statusCode = 404;
      const page = existsSync(notFoundPage);
      res.setHeader("content-type", page ? "text/html; charset=utf-8" : "text/plain");
      res.end(page ? readFileSync(notFoundPage) : "not found");
    };
    if (!url.startsWith(base)) return notFound();
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

const compressible = /\.(html|js|mjs|css|svg|json|xml|txt)$/;

/**
 * Copies a build to a temporary folder with a .gz beside every text file, so a served build goes
 * over the wire compressed as GitHub Pages or Netlify send it (the build itself is left untouched).
 */
export function gzipCopy(dir: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), "gzip-copy-"));
  cpSync(dir, copy, { recursive: true });
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const file = path.join(folder, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (compressible.test(name)) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 6 }));
    }
  };
  walk(copy);
  return copy;
}

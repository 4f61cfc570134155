// Derives the installed app's icons (public/icons/) from public/favicon.svg, so the site has one
// drawing: `npx node scripts/makeIcons.ts` (Node 22) after changing the favicon. Uses sharp, which Astro installs
// for its image service. "any" icons are the favicon as drawn; the maskable one fills the square
// with the favicon's background and keeps the marks inside the central 80% circle that launchers
// may crop to (https://www.w3.org/TR/appmanifest/#icon-masks).
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import sharp from "sharp";

const root = resolve(import.meta.dirname, "..");
const favicon = await readFile(resolve(root, "public/favicon.svg"), "utf8");
const background = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(favicon)?.[1];
if (!background) throw new Error("makeIcons: public/favicon.svg has no first <rect fill=\"#rrggbb\"> to use as the maskable icon's background");

async function png(svg: string, size: number, name: string): Promise<void> {
  await sharp(Buffer.from(svg), { density: (72 * size) / 16 }).resize(size, size).png({ compressionLevel: 9 }).toFile(resolve(root, "public/icons", name));
}

for (const size of [192, 512]) await png(favicon, size, `icon-${size}.png`);
// The favicon's 16-unit drawing shrunk to 10 units around the centre of a full-bleed square.
const marks = favicon.replace(/^<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect width="16" height="16" fill="${background}"/><g transform="translate(3 3) scale(0.625)">${marks}</g></svg>`;
await png(maskable, 512, "maskable-512.png");

import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";

/** Longest compressed code a link may carry: links much past a few thousand characters break in chat and mail. */
export const maxLinkCode = 4000;

/**
 * A link to this page that carries `code` for cell `id` in the hash (never sent to the server);
 * code too long for a link gets `tooLong(compressed length, limit)`, the page's words for it.
 */
export function shareLink(id: string, code: string, tooLong: (chars: number, limit: number) => string, here: Location = location): { url: string } | { error: string } {
  const packed = compressToEncodedURIComponent(code);
  if (packed.length > maxLinkCode) return { error: tooLong(packed.length, maxLinkCode) };
  return { url: `${here.origin}${here.pathname}#cell=${encodeURIComponent(id)}&code=${packed}` };
}

/** The cell id and code a link carries, if its hash is one made by shareLink. */
export function readShareLink(hash: string): { id: string; code: string | null } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const id = params.get("cell");
  const packed = params.get("code");
  if (!id || packed === null) return undefined;
  // URLSearchParams turns "+" into a space; lz-string's URI alphabet uses "+".
  return { id, code: decompressFromEncodedURIComponent(packed.replace(/ /g, "+")) || null };
}

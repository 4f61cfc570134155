/**
 * What a PDF printed by Chromium says about its pages, read from its object syntax (Chromium's Skia
 * writes page and destination objects as plain text; only content streams are compressed): the
 * number of pages in the page tree, and where each named destination is, which Chromium writes for
 * every element a link in the document points at.
 */
export interface PdfPages {
  pages: number;
  /** The page (from 1) and the height on it (PDF points from the bottom edge) of each destination. */
  destinations: Map<string, { page: number; y: number }>;
}

export function pdfPages(pdf: Buffer): PdfPages {
  const text = pdf.toString("latin1");
  const objects = new Map<number, string>();
  for (const match of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(match[1]), match[2]);
  const catalog = [...objects.values()].find((body) => /\/Type\s*\/Catalog\b/.test(body));
  if (!catalog) throw new Error("pdfPages: no /Catalog in the PDF");
  const ref = (body: string, key: string) => Number(body.match(new RegExp(`/${key}\\s+(\\d+) 0 R`))?.[1]);

  // The page tree, in order: /Pages nodes hold /Kids, leaves are /Type /Page.
  const order: number[] = [];
  const walk = (id: number) => {
    const body = objects.get(id) ?? "";
    if (/\/Type\s*\/Pages\b/.test(body)) {
      for (const kid of (body.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? "").matchAll(/(\d+) 0 R/g)) walk(Number(kid[1]));
    } else if (/\/Type\s*\/Page\b/.test(body)) order.push(id);
  };
  walk(ref(catalog, "Pages"));

  const destinations = new Map<string, { page: number; y: number }>();
  const dests = objects.get(ref(catalog, "Dests"));
  for (const match of (dests ?? "").matchAll(/\/([^\s[/]+)\s*\[\s*(\d+) 0 R\s*\/XYZ\s+([-\d.]+)\s+([-\d.]+)/g)) {
    const name = match[1].replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    destinations.set(name, { page: order.indexOf(Number(match[2])) + 1, y: Number(match[4]) });
  }
  return { pages: order.length, destinations };
}

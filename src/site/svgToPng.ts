import { figureFailureText } from "../i18n/figureFailureText";
import type { Lang } from "../i18n/lang";

/**
 * Draws an SVG document (text, as written by figureSvg) into a PNG `scale` times its size in CSS
 * pixels, through an <img> and a canvas. The SVG holds no external resources or foreignObject,
 * so the canvas stays readable (not tainted). A failure is said in edition `lang` (the browser's
 * own decoding error is English whatever the page).
 */
export async function svgToPng(svgText: string, width: number, height: number, scale: number, lang: Lang): Promise<Blob> {
  const failure = figureFailureText[lang];
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode().catch(() => {
      throw new Error(failure.notDecoded);
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error(failure.noCanvas);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(failure.notEncoded(canvas.width, canvas.height)))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Draws an SVG document (text, as written by figureSvg) into a PNG `scale` times its size in CSS
 * pixels, through an <img> and a canvas. The SVG holds no external resources or foreignObject,
 * so the canvas stays readable (not tainted).
 */
export async function svgToPng(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser gave no canvas to draw on");
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`the browser could not encode a ${canvas.width} × ${canvas.height} image`))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

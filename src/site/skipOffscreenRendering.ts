/**
 * Lets a long lesson's blocks out of view skip rendering (the `skip-offscreen` rule in global.css),
 * from the first frame after the fonts are in: by then every block has been drawn whole once, and
 * the browser keeps its size (contain-intrinsic-size: auto), so skipping moves nothing on the page
 * and the scroll bar and links stay exact.
 */
export function skipOffscreenRendering(document: Document): void {
  const start = () => requestAnimationFrame(() => requestAnimationFrame(() => document.documentElement.classList.add("skip-offscreen")));
  void document.fonts.ready.then(start);
}

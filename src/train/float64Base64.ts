import { AttentionError } from "../core";

/**
 * The exact bytes of 64-bit floats as base64 (little-endian, whatever the machine), so a
 * checkpoint stores every parameter bit for bit in a JSON file: decimal text would round-trip
 * too, but base64 is about a third shorter.
 */
export function float64ToBase64(values: Float64Array): string {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((x, n) => view.setFloat64(n * 8, x, true));
  let binary = "";
  // In slices: String.fromCharCode takes its bytes as arguments, and engines cap how many.
  for (let n = 0; n < bytes.length; n += 0x8000) binary += String.fromCharCode(...bytes.subarray(n, n + 0x8000));
  return btoa(binary);
}

/** The floats float64ToBase64 wrote; refuses text that is not base64 of whole 8-byte floats. */
export function base64ToFloat64(text: string): Float64Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new AttentionError("checkpoint", { code: "notBase64", params: {} });
  }
  if (binary.length % 8 !== 0) {
    throw new AttentionError("checkpoint", { code: "byteLength", params: { bytes: binary.length } });
  }
  const view = new DataView(Uint8Array.from(binary, (c) => c.charCodeAt(0)).buffer);
  return Float64Array.from({ length: binary.length / 8 }, (_, n) => view.getFloat64(n * 8, true));
}

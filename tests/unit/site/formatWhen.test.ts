import { describe, expect, it } from "vitest";
import { formatWhen } from "../../../src/site/formatWhen";

const at = "2026-11-24T09:05:00.000Z";

describe("formatWhen", () => {
  it('formatWhen(iso, "zh") writes the date in Chinese, whatever the locale of the machine', () => {
    const written = formatWhen(at, "zh");
    expect(written).toMatch(/^2026年11月2[45]日/);
    expect(written).toMatch(/\d{1,2}:05$/);
  });

  it('formatWhen(iso, "en") writes the date and time of day in the machine\'s own locale', () => {
    expect(formatWhen(at, "en")).toBe(new Date(at).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }));
  });
});

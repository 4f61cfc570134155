/**
 * Turns BASE_PATH as a person types it ("course", "/course", "/a/b/") into Astro's form with both
 * slashes ("/course/"), or "/" when empty. Shared by the build and the test server so they agree.
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normalizeBasePath(raw) {
  const trimmed = (raw ?? "").trim().replace(/^\/+|\/+$/g, "");
  if (trimmed === "") return "/";
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed) || trimmed.split("/").some((part) => part === "" || part === "." || part === "..")) {
    throw new Error(`BASE_PATH "${raw}" is not a usable URL sub-path; use letters, digits, - _ . ~ and single slashes, e.g. BASE_PATH=/courses/attention/`);
  }
  return `/${trimmed}/`;
}

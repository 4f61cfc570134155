/** What `exercise-pass` holds: the reader's last passing answer and when it passed (ISO 8601). */
export interface StoredPass {
  code: string;
  at: string;
}

/**
 * localStorage that never throws: private windows and full quotas make it fail, and a failed
 * save must not stop a cell from running. Keys: `notebook:<lesson>:<kind>:<id>`.
 */
export const storage = {
  key: (lesson: string, kind: "cell" | "exercise-code" | "exercise-done" | "exercise-pass", id: string) => `notebook:${lesson}:${kind}:${id}`,
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Quota or privacy mode: the edit stays on the page, just not across reloads.
    }
  },
  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      // As above.
    }
  },
};

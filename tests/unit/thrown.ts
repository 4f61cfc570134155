import { AttentionError } from "../../src/core";

/** What `fn` threw; a test expecting a throw fails when `fn` returns. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

/** The AttentionError `fn` threw; anything else it throws is rethrown, and a return fails the test. */
export function refusal(fn: () => unknown): AttentionError {
  const error = thrown(fn);
  if (error instanceof AttentionError) return error;
  throw error;
}

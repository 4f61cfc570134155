import type { AttentionError } from "../core/errors";
import type { OpReason } from "../core/errorMessages";

/**
 * A core error's operation and reason as plain data for postMessage, so the page can say it in its
 * own language; undefined when a parameter is what a reader passed and cannot be cloned (a function
 * given as a count), and the page then shows the English message as it is.
 */
export function errorReason(error: AttentionError): OpReason | undefined {
  try {
    return structuredClone({ op: error.op, ...error.reason });
  } catch {
    return undefined;
  }
}

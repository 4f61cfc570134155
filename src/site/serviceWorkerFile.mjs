/** The service worker's file name, beside index.html at the base path; its scope is the base path. */
export const serviceWorkerFile = "sw.js";

import { defineConfig } from "vitest/config";

// Four projects so each can run alone: `npm run test:unit`, `test:oracle`, `test:gradients`, `test:e2e`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" } },
      { test: { name: "oracle", include: ["tests/oracle/**/*.test.ts"], environment: "node" } },
      { test: { name: "gradients", include: ["tests/gradients/**/*.test.ts"], environment: "node" } },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/e2e/serve.ts"],
          testTimeout: 60_000,
          // A figure redraws in a task of its own after a change (oncePerFrame), later still on a busy
          // machine: readouts are read with expect.poll, which retries for up to this long.
          expect: { poll: { timeout: 15_000 } },
          hookTimeout: 60_000,
          // One Chromium per file, two files at a time: a browser test waits on the page as much as it
          // computes, and with both editions the suite run one file at a time took about 25 minutes on the
          // 2-core machine, the crawl alone 6.
          maxWorkers: 2,
          fileParallelism: true,
        },
      },
    ],
  },
});

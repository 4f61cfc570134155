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
          // One Chromium per file, three files at a time on the 2-core machine: a browser test waits on
          // the page as much as it computes. One file at a time, both editions took about 25 minutes;
          // two at a time 14.5, with the crawl holding one worker for ten of them while the other ran
          // the 36 other files.
          maxWorkers: 3,
          fileParallelism: true,
        },
      },
    ],
  },
});

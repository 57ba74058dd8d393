import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${import.meta.dirname}/` },
      // Unit tests run outside React's server environment.
      { find: /^server-only$/, replacement: path.resolve(import.meta.dirname, "lib/testing/server-only-stub.ts") },
    ],
  },
  test: {
    environment: "node",
    globalSetup: ["lib/testing/global-setup.ts"],
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One worker (the data-layer tests share one database); threads start faster than forks.
    pool: "threads",
  },
});

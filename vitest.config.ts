import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // The build tests run `astro build` on fixtures; give them room on a 2-core machine.
    testTimeout: 120_000,
    // Most of these tests wait on a child process (astro build, an import, nginx); vitest's default on a 2-core
    // machine (cores − 1) leaves a core idle for most of the run.
    maxWorkers: 2,
    hookTimeout: 120_000,
  },
});

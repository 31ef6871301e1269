import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    // Vitest's default (one worker fewer than the cores) runs the files one at a time on a two-core CI
    // machine: 647 s there, 399 s with two workers (2026-11-27). Suites are isolated (temp SQLite
    // files, their own PostgreSQL schemas and ports), so two workers is the floor.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@': path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['lib/**/*.test.ts', 'db/**/*.test.ts', 'components/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file creates its own database; a couple at a time keeps two cores busy without thrashing.
          maxWorkers: 2,
          // next-auth imports 'next/server' without an extension, which Node's ESM loader refuses.
          server: { deps: { inline: ['next-auth'] } },
          sequence: { groupOrder: 1 },
          fileParallelism: true,
        },
      },
    ],
  },
});

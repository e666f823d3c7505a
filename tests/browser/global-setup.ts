import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from '../../scripts/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/** Serves the production build (dist/) on a free local port for every browser test file. */
export default async function setup(project: TestProject) {
  const root = resolve('dist');
  if (!existsSync(resolve(root, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const server = await startServer({ root, port: 0 });
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('server has no port');
  project.provide('baseURL', `http://127.0.0.1:${addr.port}`);
  return () => new Promise<void>((ok) => server.close(() => ok()));
}

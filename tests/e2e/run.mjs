// Runs the Playwright browser tests against the release build in dist/: starts the static server
// on a free port of 127.0.0.1, runs the tests with BASE_URL set, stops the server, exits with
// Playwright's status.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startServer } from './server.mjs';
import { ensureSynthetic } from '../../tools/bench/data.mjs';

if (!existsSync('dist/index.html')) {
  console.error('e2e: dist/index.html is missing; run `make dist` first');
  process.exit(1);
}
// The layout and hover tests need large maps: the bench's synthetic size M, without positions and
// with them (see tools/bench/data.mjs).
ensureSynthetic('.', 'bench/data', [{ size: 'M', baked: false }, { size: 'M', baked: true }]);
const server = await startServer();
console.log(`e2e: serving dist/ at ${server.url}`);
const child = spawn('playwright', ['test', '-c', 'tests/e2e/playwright.config.mjs', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: server.url },
});
const code = await new Promise((ok) => child.on('exit', (c) => ok(c ?? 1)));
await server.close();
process.exit(code);

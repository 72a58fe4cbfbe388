// `npm start`: builds the API and the web app (production, Nx cache allowed), then runs the API,
// which serves the web app from dist/apps/web/browser on the same port (default 3000).
// Without DATABASE_URL the API starts an embedded PostgreSQL (PGlite) with its data in DATA_DIR (.data).
import { spawn } from 'node:child_process';
import { buildApps, root } from './run.mjs';

const built = await buildApps();
if (built !== 0) {
  console.error('\nnpm start: the build failed (see above); not starting the server.');
  process.exit(built);
}

const server = spawn(process.execPath, ['dist/apps/api/main.js'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => server.kill(signal));
}
// When npm itself is killed it does not always pass the signal on: stop with it rather than linger.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) server.kill('SIGTERM');
}, 1000).unref();
server.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));

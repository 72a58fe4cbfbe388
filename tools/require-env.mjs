// Fails with a clear message when a required environment variable is missing: `node tools/require-env.mjs NAME...`.
const missing = process.argv.slice(2).filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(`Missing environment variable${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
  console.error('Example: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run db:migrate');
  process.exit(2);
}

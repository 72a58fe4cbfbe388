// Preloaded into the API under the bench (BENCH_API_NODE_ARGS="-r ./tools/bench-votes/count-queries.cjs"):
// counts the statements the pg driver sends, so the bench can print round trips per vote. The
// count is read from the file named by BENCH_QUERY_COUNT_FILE, rewritten at most every 200 ms.
const { writeFileSync } = require('node:fs');
const pg = require('pg');

const file = process.env.BENCH_QUERY_COUNT_FILE;
let count = 0;
let timer = null;
const flush = () => {
  timer = null;
  if (file) writeFileSync(file, String(count));
};
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  count += 1;
  if (file && timer === null) timer = setTimeout(flush, 200).unref();
  return query.apply(this, args);
};
process.on('exit', flush);

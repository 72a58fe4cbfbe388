import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../database/data-source';
import { queryOne, queryRows, SqlRowTypeError } from './typed-query';

/** What node-postgres really returns for each column type, on the run's real database. */
describe('queryRows on the real database', () => {
  let db: DataSource;

  beforeAll(async () => {
    const url = process.env['DATABASE_URL'];
    if (!url) throw new Error('DATABASE_URL is not set: run through Jest, whose global setup starts a database');
    db = new DataSource(dataSourceOptions({ url, poolMax: 1 }));
    await db.initialize();
  });
  afterAll(() => db.destroy());

  it('parses every supported column type as PostgreSQL returns it', async () => {
    const row = await queryOne(
      db,
      `SELECT gen_random_uuid() AS id, 'Enw'::text AS name, NULL::text AS name_cy, 7::int AS position,
              count(*) AS n, 2.50::numeric(6, 2) AS weight, 0.25::float8 AS ratio,
              '2026-01-02T03:04:05Z'::timestamptz AS at, true AS open, '{"a": [1]}'::jsonb AS settings,
              ARRAY['x', 'y'] AS tags, ARRAY[gen_random_uuid()] AS ids, ARRAY[1, 2]::int[] AS ranks
         FROM (VALUES (1), (2), (3)) AS t(v) WHERE v > $1`,
      [0],
      {
        id: 'uuid',
        name: 'text',
        name_cy: 'text | null',
        position: 'int',
        n: 'bigint-as-number',
        weight: 'numeric-as-number',
        ratio: 'float',
        at: 'timestamptz',
        open: 'bool',
        settings: 'json',
        tags: 'text[]',
        ids: 'uuid[]',
        ranks: 'int[]',
      },
    );
    expect(row).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Enw',
      name_cy: null,
      position: 7,
      n: 3,
      weight: 2.5,
      ratio: 0.25,
      at: new Date('2026-01-02T03:04:05Z'),
      open: true,
      settings: { a: [1] },
      tags: ['x', 'y'],
      ids: [expect.stringMatching(/^[0-9a-f-]{36}$/)],
      ranks: [1, 2],
    });
  });

  it('returns the rows of an UPDATE … RETURNING and of an empty result', async () => {
    await db.query(`CREATE TEMPORARY TABLE typed_query_probe (id int PRIMARY KEY, label text NOT NULL)`);
    try {
      await db.query(`INSERT INTO typed_query_probe VALUES (1, 'one'), (2, 'two')`);
      const updated = await queryRows(
        db,
        `UPDATE typed_query_probe SET label = 'uno' WHERE id = $1 RETURNING id, label`,
        [1],
        {
          id: 'int',
          label: 'text',
        },
      );
      expect(updated).toEqual([{ id: 1, label: 'uno' }]);
      expect(await queryRows(db, `SELECT id FROM typed_query_probe WHERE id = $1`, [3], { id: 'int' })).toEqual([]);
    } finally {
      await db.query(`DROP TABLE typed_query_probe`);
    }
  });

  it('fails with the column named when the database returns another type than the schema says', async () => {
    // count(*) is int8: node-postgres returns a string, which 'int' rejects.
    const attempt = queryRows(db, `SELECT count(*) AS n FROM (VALUES (1)) AS t(v)`, [], { n: 'int' });
    await expect(attempt).rejects.toThrow(SqlRowTypeError);
    await expect(queryRows(db, `SELECT count(*) AS n FROM (VALUES (1)) AS t(v)`, [], { n: 'int' })).rejects.toThrow(
      'column "n" expected int, got string',
    );
    await expect(queryRows(db, `SELECT 1 AS a, 2 AS b`, [], { a: 'int' })).rejects.toThrow(
      'column "b" is returned but not in the schema',
    );
  });
});

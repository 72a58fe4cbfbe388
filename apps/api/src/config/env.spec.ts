import { EnvError, loadEnv, trustProxySetting } from './env';

const errorOf = (raw: Record<string, string | undefined>): string => {
  try {
    loadEnv(raw);
  } catch (error) {
    if (error instanceof EnvError) return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
};

describe('loadEnv', () => {
  it('starts with sane defaults when nothing is set', () => {
    const env = loadEnv({});
    expect(env.NODE_ENV).toBe('development');
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe('.data');
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.AUTH_RATE_LIMIT).toBe(10);
    expect(env.AUTH_RATE_WINDOW_SECONDS).toBe(60);
    expect(env.LOG_LEVEL).toBe('info');
    expect(env.WEB_DIST_DIR).toBe('dist/apps/web/browser');
    expect(env.appUrl).toBe('http://localhost:3000');
    expect(env.seedDemo).toBe(true);
  });

  it('reads numbers, booleans and URLs from strings', () => {
    const env = loadEnv({
      PORT: '8080',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      REDIS_URL: 'redis://127.0.0.1:6379',
      SMTP_URL: 'smtp://mailpit:1025',
      APP_URL: 'https://challenges.example.gov.uk/',
      SEED_DEMO: 'false',
      NODE_ENV: 'production',
    });
    expect(env.PORT).toBe(8080);
    expect(env.SEED_DEMO).toBe(false);
    expect(env.appUrl).toBe('https://challenges.example.gov.uk');
    expect(env.isProduction).toBe(true);
  });

  it('does not seed demo data in production unless asked', () => {
    expect(loadEnv({ NODE_ENV: 'production' }).seedDemo).toBe(false);
  });

  it('treats empty values as unset', () => {
    expect(loadEnv({ PORT: '', DATABASE_URL: '' }).PORT).toBe(3000);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['NODE_ENV', 'staging'],
    ['DATABASE_URL', 'mysql://localhost/db'],
    ['DB_POOL_MAX', 'many'],
    ['REDIS_URL', 'localhost:6379'],
    ['SMTP_URL', 'mailpit:1025'],
    ['APP_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['AUTH_RATE_LIMIT', '0'],
    ['AUTH_RATE_WINDOW_SECONDS', 'soon'],
    ['SESSION_TTL_HOURS', '1.5'],
    ['SEED_DEMO', 'maybe'],
  ])('refuses %s=%s and names it in the message', (name, value) => {
    const message = errorOf({ [name]: value });
    expect(message).toContain(`${name}:`);
    expect(message).toContain(JSON.stringify(value));
  });

  it('lists every bad value at once', () => {
    const message = errorOf({ PORT: 'abc', REDIS_URL: 'nope' });
    expect(message).toContain('PORT');
    expect(message).toContain('REDIS_URL');
  });

  it('refuses ADMIN_EMAIL without ADMIN_PASSWORD, and the reverse', () => {
    expect(errorOf({ ADMIN_EMAIL: 'admin@council.example' })).toContain(
      'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    );
    expect(errorOf({ ADMIN_PASSWORD: 'a-long-enough-password' })).toContain(
      'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
    );
  });

  it('refuses a short admin password and a malformed admin email', () => {
    expect(errorOf({ ADMIN_EMAIL: 'admin@council.example', ADMIN_PASSWORD: 'short' })).toContain('ADMIN_PASSWORD');
    expect(errorOf({ ADMIN_EMAIL: 'admin', ADMIN_PASSWORD: 'a-long-enough-password' })).toContain('ADMIN_EMAIL');
  });

  it('accepts an admin account given with both values', () => {
    const env = loadEnv({ ADMIN_EMAIL: 'admin@council.example', ADMIN_PASSWORD: 'a-long-enough-password' });
    expect(env.ADMIN_EMAIL).toBe('admin@council.example');
  });

  it('never prints a secret or URL credentials in the error', () => {
    const message = errorOf({
      ADMIN_EMAIL: 'admin@council.example',
      ADMIN_PASSWORD: 'hunter2',
      SMTP_URL: 'ftp://mailer:s3cret@mail.example',
    });
    expect(message).toContain('ADMIN_PASSWORD');
    expect(message).not.toContain('hunter2');
    expect(message).toContain('SMTP_URL');
    expect(message).not.toContain('s3cret');
  });

  it('an empty WEB_DIST_DIR switches static serving off instead of falling back to the default', () => {
    expect(loadEnv({ WEB_DIST_DIR: '' }).WEB_DIST_DIR).toBe('');
    expect(loadEnv({}).WEB_DIST_DIR).toBe('dist/apps/web/browser');
  });

  it('reads TRUST_PROXY as a hop count, a boolean or addresses', () => {
    expect(trustProxySetting(loadEnv({}).TRUST_PROXY)).toBe('loopback');
    expect(trustProxySetting('1')).toBe(1);
    expect(trustProxySetting('false')).toBe(false);
    expect(trustProxySetting('10.0.0.0/8, loopback')).toBe('10.0.0.0/8, loopback');
  });
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

type Service = {
  image?: string;
  build?: unknown;
  deploy?: { replicas?: number };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition?: string }>;
  healthcheck?: { test?: unknown };
  ports?: string[];
};

const root = resolve(__dirname, '../../..');
const file = resolve(root, 'docker-compose.yml');
const compose = parse(readFileSync(file, 'utf8')) as { services: Record<string, Service> };
const service = (name: string): Service => {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
};

/** `docker compose config` parses and validates without a running engine; skipped when there is no compose plugin. */
const hasComposePlugin = (): boolean => spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;

describe('docker-compose.yml', () => {
  it('runs PostgreSQL 15, Redis 7 and Mailpit, each with a health check', () => {
    expect(service('postgres').image).toBe('postgres:15');
    expect(service('redis').image).toBe('redis:7');
    expect(service('mailpit').image).toMatch(/^axllent\/mailpit/);
    for (const name of ['postgres', 'redis', 'mailpit', 'api', 'proxy']) {
      expect(service(name).healthcheck?.test).toBeDefined();
    }
  });

  it('builds the API from the Dockerfile and runs two replicas', () => {
    const api = service('api');
    expect(api.build).toBeDefined();
    expect(api.deploy?.replicas).toBe(2);
    expect(api.ports).toBeUndefined();
  });

  it('points the API at the database, Redis and the mail catcher', () => {
    const env = service('api').environment ?? {};
    expect(env['DATABASE_URL']).toMatch(/^postgres:\/\/.+@postgres:5432\//);
    expect(env['REDIS_URL']).toBe('redis://redis:6379');
    expect(env['SMTP_URL']).toBe('smtp://mailpit:1025');
    expect(env['APP_URL']).toBeDefined();
    expect(env['NODE_ENV']).toBe('production');
    // Passed through so an operator can set it; empty means unset (voting off, the API still starts).
    expect(env['VOTER_KEY_SECRET']).toBe('${VOTER_KEY_SECRET:-}');
  });

  it('starts the API only once PostgreSQL is healthy', () => {
    expect(service('api').depends_on?.['postgres']?.condition).toBe('service_healthy');
    expect(service('api').depends_on?.['redis']?.condition).toBe('service_healthy');
  });

  it('puts an nginx proxy on port 3000 in front of the replicas', () => {
    const proxy = service('proxy');
    expect(proxy.image).toMatch(/^nginx/);
    expect(proxy.ports).toContain('3000:3000');
    expect(proxy.depends_on?.['api']).toBeDefined();
    const nginx = readFileSync(resolve(root, 'tools/docker/nginx.conf'), 'utf8');
    expect(nginx).toMatch(/server api:3000/);
    expect(nginx).toMatch(/listen 3000;/);
  });

  it('is valid for docker compose (when the compose plugin is installed)', () => {
    if (!hasComposePlugin()) return;
    const result = spawnSync('docker', ['compose', '-f', file, 'config', '-q'], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

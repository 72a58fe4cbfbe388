import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

export type NodeEnv = 'development' | 'production' | 'test';
/** An environment value as text (objects never come from the environment: they match nothing). */
const asText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';
const toBool = ({ value }: { value: unknown }): unknown =>
  value === undefined || typeof value === 'boolean'
    ? value
    : ['true', '1', 'yes'].includes(asText(value).toLowerCase())
      ? true
      : ['false', '0', 'no'].includes(asText(value).toLowerCase())
        ? false
        : value;
const toInt = ({ value }: { value: unknown }): unknown =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(asText(value)) ? Number(value) : value;

/** Every setting the API reads, validated once at boot. */
export class EnvDto {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: NodeEnv = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number' })
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = '.data';

  /** Connections in the pool; the embedded database always uses 1. */
  @Transform(toInt)
  @IsInt({ message: 'DB_POOL_MAX must be a whole number' })
  @Min(1)
  @Max(200)
  DB_POOL_MAX = 10;

  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Council Challenges <no-reply@challenges.localhost>';

  /** Public base URL used in links sent by email; defaults to http://localhost:PORT. */
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'APP_URL must be an absolute http(s) URL' })
  APP_URL?: string;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must be at least 12 characters' })
  ADMIN_PASSWORD?: string;

  @Transform(toBool)
  @IsOptional()
  @IsBoolean({ message: 'SEED_DEMO must be true or false' })
  SEED_DEMO?: boolean;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt({ message: 'AUTH_RATE_LIMIT must be a whole number' })
  @Min(1)
  AUTH_RATE_LIMIT = 10;

  @Transform(toInt)
  @IsInt({ message: 'AUTH_RATE_WINDOW_SECONDS must be a whole number' })
  @Min(1)
  AUTH_RATE_WINDOW_SECONDS = 60;

  @Transform(toInt)
  @IsInt({ message: 'SESSION_TTL_HOURS must be a whole number' })
  @Min(1)
  SESSION_TTL_HOURS = 24 * 14;

  /**
   * Which proxies may set X-Forwarded-For (the client address behind the auth rate limit):
   * 'loopback' by default; a hop count (e.g. 1) or subnets behind a load balancer; 'false' for none.
   */
  @IsString()
  @Matches(/^(true|false|\d+|[0-9a-zA-Z.:/, -]+)$/, {
    message: 'TRUST_PROXY must be true, false, a hop count or addresses',
  })
  TRUST_PROXY = 'loopback';

  /**
   * Key of the HMAC that turns a verified email into a voter key (one vote per person per idea,
   * across erasure and re-registration). Required in production, where voting answers 503 without
   * it (never the development key); keep it secret and never change it while a vote is running.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'VOTER_KEY_SECRET must be at least 32 characters' })
  VOTER_KEY_SECRET?: string;

  /** Folder of the built web app that the API serves; empty disables static serving. */
  @IsString()
  WEB_DIST_DIR = 'dist/apps/web/browser';

  get appUrl(): string {
    return (this.APP_URL ?? `http://localhost:${this.PORT}`).replace(/\/$/, '');
  }

  get isProduction(): boolean {
    return this.NODE_ENV === 'production';
  }

  get seedDemo(): boolean {
    return this.SEED_DEMO ?? !this.isProduction;
  }

  /** VOTER_KEY_SECRET, or a fixed development value outside production; null in production without it. */
  get voterKeySecret(): string | null {
    if (this.VOTER_KEY_SECRET !== undefined) return this.VOTER_KEY_SECRET;
    return this.isProduction ? null : DEVELOPMENT_VOTER_KEY_SECRET;
  }
}

export class EnvError extends Error {}

/** Outside production only: voter keys made with it are not secret. */
const DEVELOPMENT_VOTER_KEY_SECRET = 'development-only voter key secret, never used in production';

/** Settings where an empty value means something (WEB_DIST_DIR= switches static serving off). */
const EMPTY_ALLOWED = new Set(['WEB_DIST_DIR']);

/** How a bad value appears in the start-up error: secrets and URL credentials are never printed. */
function shown(key: string, value: string | undefined): string {
  if (value === undefined) return 'nothing';
  if (/PASSWORD|SECRET|TOKEN|KEY/.test(key)) return `a value of ${value.length} characters`;
  return JSON.stringify(value.replace(/\/\/[^/@\s]*@/, '//***@'));
}

/** Express's `trust proxy`: a hop count, true/false, or addresses/subnets ('loopback', '10.0.0.0/8'). */
export function trustProxySetting(value: string): boolean | number | string {
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === 'false') return value === 'true';
  return value;
}

/** Validates raw environment variables; throws one EnvError listing every bad value. */
export function loadEnv(raw: Record<string, string | undefined> = process.env): EnvDto {
  const known = Object.keys(new EnvDto()).concat([
    'DATABASE_URL',
    'REDIS_URL',
    'SMTP_URL',
    'APP_URL',
    'ADMIN_EMAIL',
    'ADMIN_PASSWORD',
    'SEED_DEMO',
    'VOTER_KEY_SECRET',
  ]);
  const picked: Record<string, string> = {};
  for (const key of known) {
    const value = raw[key];
    if (value !== undefined && (value !== '' || EMPTY_ALLOWED.has(key))) picked[key] = value;
  }
  const env = plainToInstance(EnvDto, picked);
  const problems = validateSync(env, { stopAtFirstError: true }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map(
      (message) => `${error.property}: ${message} (got ${shown(error.property, picked[error.property])})`,
    ),
  );
  if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (problems.length > 0) {
    throw new EnvError(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
  return env;
}

export type Locale = 'en' | 'cy';

/** The body of every error response. */
export type ApiError = {
  statusCode: number;
  error: string;
  message: string;
  /** Stable machine-readable code, where a client needs one. */
  code?: string;
  /** Per-field messages for validation errors. */
  fields?: Record<string, string[]>;
  requestId?: string;
};

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type HealthResponse = { status: 'ok' | 'degraded'; database: 'up' | 'down'; version: string };

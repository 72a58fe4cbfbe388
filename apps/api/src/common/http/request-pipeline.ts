import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import express, { NextFunction, Request, Response } from 'express';
import type { ApiError } from '@challenge/contract';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
type WithId = Request & { id?: string };

/** First on every request: a well-formed incoming X-Request-Id is kept, otherwise a new one is made. */
export function requestId(req: WithId, res: Response, next: NextFunction): void {
  const given = req.headers['x-request-id'];
  req.id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', req.id);
  next();
}

/**
 * Bodies are JSON only (uploads use multipart, parsed per route). Form-encoded and text bodies
 * are left unparsed, so a cross-site HTML form cannot drive the API (login CSRF).
 */
export const jsonBody = express.json({ limit: '100kb' });

const send = (req: WithId, res: Response, statusCode: number, message: string): void => {
  const body: ApiError = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, requestId: req.id };
  res.status(statusCode).json(body);
};

type ParserError = Error & { status?: number; type?: string };

/** Answers body-parser failures in the API's error shape, before anything else can handle them. */
export function bodyErrors(err: ParserError, req: WithId, res: Response, next: NextFunction): void {
  if (typeof err.status !== 'number' || typeof err.type !== 'string') return next(err);
  const message =
    err.type === 'entity.parse.failed'
      ? 'The request body is not valid JSON'
      : err.type === 'entity.too.large'
        ? 'The request body is too large (100 KB at most)'
        : err.message;
  send(req, res, err.status, message);
}

const hasNul = (value: unknown, depth = 0): boolean => {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
};

/** PostgreSQL text cannot hold NUL characters: refuse them at the edge with a clear 400. */
export function refuseNul(req: WithId, res: Response, next: NextFunction): void {
  if (hasNul(req.body) || hasNul(req.query) || req.path.includes('\u0000') || req.path.includes('%00')) {
    return send(req, res, 400, 'Text must not contain NUL (\\u0000) characters');
  }
  next();
}

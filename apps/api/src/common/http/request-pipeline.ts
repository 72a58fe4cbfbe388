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

/** How deep a JSON body may nest and how many values (keys and array items) it may hold in all. */
export const MAX_BODY_DEPTH = 32;
export const MAX_BODY_VALUES = 10_000;

type Shape = { tooDeep: boolean; tooMany: boolean };

/** Walks a parsed body without recursion, so no input can overflow the stack here. */
export function bodyShape(body: unknown): Shape {
  const stack: Array<[unknown, number]> = [[body, 0]];
  let values = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) return { tooDeep: true, tooMany: false };
    const children = Array.isArray(value) ? value : Object.values(value as Record<string, unknown>);
    values += children.length;
    if (values > MAX_BODY_VALUES) return { tooDeep: false, tooMany: true };
    for (const child of children) stack.push([child, depth + 1]);
  }
  return { tooDeep: false, tooMany: false };
}

const sendCoded = (req: WithId, res: Response, statusCode: number, message: string, code: string): void => {
  const body: ApiError = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, code, requestId: req.id };
  res.status(statusCode).json(body);
};

/**
 * Before any validation (class-transformer and class-validator recurse): a body nested deeper
 * than MAX_BODY_DEPTH is a 400, one with more than MAX_BODY_VALUES keys and items a 413.
 */
export function limitBodyShape(req: WithId, res: Response, next: NextFunction): void {
  const shape = bodyShape(req.body);
  if (shape.tooDeep) {
    return sendCoded(
      req,
      res,
      400,
      `The request body is nested too deeply (${MAX_BODY_DEPTH} levels at most)`,
      'body_too_deep',
    );
  }
  if (shape.tooMany) {
    return sendCoded(
      req,
      res,
      413,
      `The request body has too many fields and items (${MAX_BODY_VALUES.toLocaleString('en-GB')} at most)`,
      'body_too_many_values',
    );
  }
  next();
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const wellFormed = (text: string): boolean => !LONE_SURROGATE.test(text);

/** The first string in a body or query that is not well-formed UTF-16 (a lone surrogate), by path. */
export function malformedTextPath(value: unknown): string | null {
  const stack: Array<[unknown, string]> = [[value, '']];
  while (stack.length > 0) {
    const [item, path] = stack.pop() as [unknown, string];
    if (typeof item === 'string') {
      if (!wellFormed(item)) return path || 'body';
      continue;
    }
    if (item === null || typeof item !== 'object') continue;
    for (const [key, child] of Object.entries(item as Record<string, unknown>)) {
      const childPath = path ? `${path}.${key}` : key;
      if (!wellFormed(key)) return childPath;
      stack.push([child, childPath]);
    }
  }
  return null;
}

/**
 * Text must be well-formed Unicode: a lone UTF-16 surrogate ("\ud800") cannot be stored or
 * sent in an email, and makes some validators throw. Refused at the edge with the field named.
 */
export function refuseMalformedText(req: WithId, res: Response, next: NextFunction): void {
  const path = malformedTextPath(req.body) ?? malformedTextPath(req.query);
  if (path) {
    return sendCoded(
      req,
      res,
      400,
      `${path} contains a character that is not valid Unicode (a lone surrogate)`,
      'validation_failed',
    );
  }
  next();
}

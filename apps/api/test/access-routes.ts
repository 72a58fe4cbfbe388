import type { INestApplication } from '@nestjs/common';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import { ACCESS_DECLARATION, AccessDeclaration } from '../src/common/access/access.decorator';

export type RouteInfo = {
  /** e.g. `PATCH /challenges/:id` (without the /api/v1 prefix). */
  key: string;
  method: string;
  path: string;
  declaration: AccessDeclaration | undefined;
};

const join = (...parts: (string | undefined)[]): string =>
  `/${parts
    .filter((p): p is string => p !== undefined)
    .join('/')
    .split('/')
    .filter((s) => s.length > 0)
    .join('/')}`;

/** Every route of every controller the app registered, read from Nest's own metadata. */
export function listRoutes(app: INestApplication): RouteInfo[] {
  const controllers = new Set<object>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      if (typeof wrapper.metatype === 'function') controllers.add(wrapper.metatype);
    }
  }
  const routes: RouteInfo[] = [];
  for (const controller of controllers) {
    const base: unknown = Reflect.getMetadata(PATH_METADATA, controller);
    const prototype = (controller as { prototype: Record<string, unknown> }).prototype;
    for (const name of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const path: unknown = Reflect.getMetadata(PATH_METADATA, handler);
      const method: unknown = Reflect.getMetadata(METHOD_METADATA, handler);
      if (typeof path !== 'string' || typeof method !== 'number') continue;
      const verb = RequestMethod[method] ?? String(method);
      const full = join(typeof base === 'string' ? base : undefined, path);
      routes.push({
        key: `${verb} ${full}`,
        method: verb,
        path: full,
        declaration: Reflect.getMetadata(ACCESS_DECLARATION, handler) as AccessDeclaration | undefined,
      });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/** How a declaration reads in the route table: `public`, `signed-in`, or `idea.update on :id`. */
export const describeDeclaration = (d: AccessDeclaration | undefined): string => {
  if (!d) return 'undeclared';
  if (d.kind !== 'object') return d.kind;
  const on = d.param ? ` on :${d.param}` : '';
  return `${d.permission}${on}${d.anonymous ? ' (anonymous may try)' : ''}${d.enforcedIn === 'service' ? ' (in service)' : ''}`;
};

import { ApiExtension } from '@nestjs/swagger';
import type { ContractTypes } from './contract-types';

/** A schema of contract-schemas.json, or an array of one (`'Comment[]'`). */
export type ContractName = keyof ContractTypes | `${keyof ContractTypes}[]`;

/** The contract type a schema name stands for. */
export type ContractType<N extends ContractName> = N extends `${infer Item extends keyof ContractTypes}[]`
  ? ContractTypes[Item][]
  : N extends keyof ContractTypes
    ? ContractTypes[N]
    : never;

export const RETURNS_EXTENSION = 'x-contract-returns';
export type ReturnsMetadata = { statuses: number[]; schema: string };

type Handler<T> = (...args: never[]) => T | Promise<T>;

/**
 * Documents the JSON body a route returns with the given status(es) as the contract type `name`
 * (its schema is generated from libs/shared/contract). The compiler checks that the handler
 * really returns that type, so the document cannot claim a shape the code does not produce.
 */
export function ApiReturns<N extends ContractName>(
  status: number | number[],
  name: N,
): <F extends Handler<ContractType<N>>>(
  target: object,
  key: string | symbol,
  descriptor: TypedPropertyDescriptor<F>,
) => void {
  const metadata: ReturnsMetadata = { statuses: Array.isArray(status) ? status : [status], schema: name };
  const decorate = ApiExtension(RETURNS_EXTENSION, metadata);
  return (target, key, descriptor) => {
    decorate(target, key, descriptor);
  };
}

export const PUBLIC_EXTENSION = 'x-public';

/** A media type entry for a body of raw bytes (images, PDFs). */
export const BINARY = { schema: { type: 'string', format: 'binary' } };

/**
 * The shape a translation must fill in: the same keys as the English, every leaf a string.
 * Feature files type their Welsh with it (`Shape<typeof votingEn>`); the bundle in
 * `app/translations` types the whole Welsh tree with it.
 */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

import type { en } from './en';

/** Same keys as the English resource, any string values: what every other language must provide. */
export type LocaleShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : LocaleShape<T[K]> };

export type LocaleResource = LocaleShape<typeof en>;

/** What shared code (report, summary draft, refusals) calls to get a string; the renderer passes i18next's `t`. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

// Types of lib/postgres-types.mjs.
import type pg from "pg";
export declare function isoFromPostgresTimestamp(text: string): string;
export declare const sqliteShapedTypes: pg.CustomTypesConfig;

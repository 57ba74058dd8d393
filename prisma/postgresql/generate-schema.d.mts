// Types of prisma/postgresql/generate-schema.mjs for its test.
export declare function postgresSchema(text: string): string;
export declare function schemas(): { wanted: string; current: string };

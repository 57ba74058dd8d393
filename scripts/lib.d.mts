// Types of what TypeScript code imports from scripts/lib.mjs (the e2e suite).
export declare const E2E_DATA_DIR: string;
export declare function e2eDatabaseUrl(): string;
export declare function e2eServerEnv(port: string): NodeJS.ProcessEnv;
export declare const CHROMIUM: string;
export declare const CHROMIUM_HEADLESS_SHELL: string;
export declare function chromiumPath(env?: NodeJS.ProcessEnv): string;

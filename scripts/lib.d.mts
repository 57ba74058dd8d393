// Types of what TypeScript code imports from scripts/lib.mjs (the e2e suite).
export declare const E2E_DATA_DIR: string;
export declare function e2eServerEnv(port: string): NodeJS.ProcessEnv;

// Types of what TypeScript code imports from scripts/postgres.mjs (the test set-ups).
export declare function databaseOn(serverUrl: string, name: string): string;
export declare function freshDatabase(serverUrl: string, name: string): Promise<string>;
export declare function copyDatabase(serverUrl: string, from: string, name: string): Promise<string>;
export declare const LOCAL_TEST_SERVER: string;
export declare function reachable(serverUrl: string): Promise<boolean>;

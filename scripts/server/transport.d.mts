// Types of transport.mjs (plain JavaScript, run by scripts/server.mjs without a build step).
import type { IncomingMessage, ServerResponse } from "node:http";

export type IsTrusted = (address: string | undefined) => boolean;
export function normaliseAddress(value: unknown): string | null;
export function trustedProxies(setting: string | undefined): IsTrusted;
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, isTrusted: IsTrusted): string;
export function securityHeadersFor(publicUrl: string | undefined): Record<string, string>;
export function prepareRequest(req: IncomingMessage, res: ServerResponse, options: { isTrusted: IsTrusted; publicUrl: string | undefined }): void;

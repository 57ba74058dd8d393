// The Content Security Policy of every page (等保2.0 level 3, OWASP ASVS 14.4): scripts run only
// with the page's nonce (a fresh one per request, set by proxy.ts; Next.js puts it on its own
// scripts), so an injected <script> or inline handler does not run. Styles keep 'unsafe-inline'
// for style attributes (charts, widths); a style cannot run code. Nothing is loaded from another
// host (docs/decisions/054).
export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonced bootstrap loads (Next's chunks) are trusted too.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
  ].join("; ");
}

/** 16 random bytes, base64: unguessable and new for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

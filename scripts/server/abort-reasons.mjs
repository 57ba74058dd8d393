// Works around a memory leak in Next.js 16 / React 19 server rendering (react/react#37288,
// vercel/next.js#97434, docs/decisions/084). Every render aborts AbortControllers (React's
// cacheSignal "This render completed successfully…", Next's own) from inside setImmediate
// callbacks. The abort reason is an Error kept as signal.reason, and V8 keeps an Error's stack
// as structured frames until someone reads `.stack`; a frame's receiver is the Immediate, which
// carries the request's AsyncLocalStorage store (the whole render) and, through the immediate
// queue's stale links, the Immediates of the renders after it. So every finished request stayed
// in memory: the server's heap grew by about 0.2 MB per page until it ran out (issue 10).
// Reading the stack when the controller is aborted turns the frames into a string and lets the
// render go. Plain JavaScript: scripts/server.mjs installs it before Next.js loads.

let installed = false;

/** Makes every AbortController abort with a reason whose stack is already text. Idempotent. */
export function installAbortReasonFix() {
  if (installed) return;
  installed = true;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function patchedAbort(reason) {
    // What Node itself would use for a bare abort(), made here so that its stack is read too.
    const why = reason === undefined ? new DOMException("This operation was aborted", "AbortError") : reason;
    if (why instanceof Error || why instanceof DOMException) void why.stack;
    return abort.call(this, why);
  };
}

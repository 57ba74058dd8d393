/** Makes every AbortController abort with a reason whose stack is already text (abort-reasons.mjs). */
export function installAbortReasonFix(): void;

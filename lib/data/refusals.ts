// Refused state transitions as expected errors: the reason (from lib/domain) becomes the message
// key errors.transition.<reason>, so the user reads what to do instead of a generic refusal.
import { AppError } from "@/lib/errors";

export function refused(reason: string): AppError {
  return new AppError(`transition.${reason}`);
}

/** Throws the refusal when there is one. */
export function assertAllowed(reason: string | null): void {
  if (reason !== null) throw refused(reason);
}

// Runs once when the server starts: the outbox's delivery worker (docs/decisions/063).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startOutboxWorker } = await import("@/lib/data/outbox");
  startOutboxWorker();
}

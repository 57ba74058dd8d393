"use client";
import { ErrorView } from "@/components/shell/error-view";

export default function SignedInError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView digest={error.digest} retry={reset} />;
}

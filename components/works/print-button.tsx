"use client";
// Opens the browser's print dialog (the notice's print stylesheet does the rest).
import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return <Button onClick={() => window.print()}>{label}</Button>;
}

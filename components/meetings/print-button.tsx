"use client";
// Opens the browser's print dialog (the page's print stylesheet lays it out on A4).
import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return <Button variant="primary" onClick={() => window.print()}>{label}</Button>;
}

"use client";
// True once React has hydrated this part of the page (false in the server HTML and during
// hydration). Fields stay read-only and submit buttons disabled until then, so nothing typed
// before the page is interactive is silently replaced by the form's defaults, and a form whose
// submission needs JavaScript is never sent as a plain GET with its fields in the address.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}

"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const OpenAccountabilityForm = dynamic(() => import("@/components/accountability/open-form").then((m) => m.OpenAccountabilityForm));
export const RecordSteps = dynamic(() => import("@/components/accountability/record-steps").then((m) => m.RecordSteps));

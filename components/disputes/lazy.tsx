"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const DecideEscalationForm = dynamic(() => import("@/components/disputes/reason-forms").then((m) => m.DecideEscalationForm));
export const DisputeForm = dynamic(() => import("@/components/disputes/dispute-form").then((m) => m.DisputeForm));
export const EscalateForm = dynamic(() => import("@/components/disputes/reason-forms").then((m) => m.EscalateForm));
export const ReopenForm = dynamic(() => import("@/components/disputes/reason-forms").then((m) => m.ReopenForm));

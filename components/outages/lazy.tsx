"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const ConfirmAssist = dynamic(() => import("@/components/outages/outage-steps").then((m) => m.ConfirmAssist));
export const OutageForm = dynamic(() => import("@/components/outages/outage-form").then((m) => m.OutageForm));
export const RestoreOutage = dynamic(() => import("@/components/outages/outage-steps").then((m) => m.RestoreOutage));

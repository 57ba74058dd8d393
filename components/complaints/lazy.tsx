"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const ComplaintSteps = dynamic(() => import("@/components/complaints/complaint-steps").then((m) => m.ComplaintSteps));
export const LedgerImportForm = dynamic(() => import("@/components/complaints/ledger-import-form").then((m) => m.LedgerImportForm));
export const RegisterComplaintForm = dynamic(() => import("@/components/complaints/register-form").then((m) => m.RegisterComplaintForm));

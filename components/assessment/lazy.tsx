"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const CommendForm = dynamic(() => import("@/components/assessment/commend-form").then((m) => m.CommendForm));
export const PeriodForm = dynamic(() => import("@/components/assessment/period-form").then((m) => m.PeriodForm));

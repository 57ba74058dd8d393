"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const RestorationAnswer = dynamic(() => import("@/components/works/works-steps").then((m) => m.RestorationAnswer));
export const WorksForm = dynamic(() => import("@/components/works/works-form").then((m) => m.WorksForm));
export const WorksSteps = dynamic(() => import("@/components/works/works-steps").then((m) => m.WorksSteps));

"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const PublicRating = dynamic(() => import("@/components/satisfaction/public-rating").then((m) => m.PublicRating));
export const ReturnVisitForm = dynamic(() => import("@/components/satisfaction/return-visit-form").then((m) => m.ReturnVisitForm));

"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const PetitionForm = dynamic(() => import("@/components/supervision/petition-form").then((m) => m.PetitionForm));

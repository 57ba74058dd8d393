"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const ChangePasswordForm = dynamic(() => import("@/components/account/change-password-form").then((m) => m.ChangePasswordForm));

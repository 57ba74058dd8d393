"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const SignInForm = dynamic(() => import("@/components/auth/sign-in-form").then((m) => m.SignInForm));

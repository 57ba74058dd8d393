"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const ReferralForm = dynamic(() => import("@/components/referrals/referral-form").then((m) => m.ReferralForm));
export const ReferralSteps = dynamic(() => import("@/components/referrals/referral-steps").then((m) => m.ReferralSteps));

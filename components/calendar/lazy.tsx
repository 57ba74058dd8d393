"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const CalendarDayForm = dynamic(() => import("@/components/calendar/calendar-forms").then((m) => m.CalendarDayForm));
export const DeadlineRuleForm = dynamic(() => import("@/components/calendar/calendar-forms").then((m) => m.DeadlineRuleForm));

"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const AmendmentForm = dynamic(() => import("@/components/meetings/small-forms").then((m) => m.AmendmentForm));
export const AttendanceForm = dynamic(() => import("@/components/meetings/attendance-form").then((m) => m.AttendanceForm));
export const CancelMeetingForm = dynamic(() => import("@/components/meetings/small-forms").then((m) => m.CancelMeetingForm));
export const InvitationsForm = dynamic(() => import("@/components/meetings/edit-forms").then((m) => m.InvitationsForm));
export const MinutesForm = dynamic(() => import("@/components/meetings/minutes-form").then((m) => m.MinutesForm));
export const RescheduleForm = dynamic(() => import("@/components/meetings/edit-forms").then((m) => m.RescheduleForm));
export const ResolutionForm = dynamic(() => import("@/components/meetings/small-forms").then((m) => m.ResolutionForm));
export const ResolutionProgressForm = dynamic(() => import("@/components/meetings/resolution-progress-form").then((m) => m.ResolutionProgressForm));
export const RespondForm = dynamic(() => import("@/components/meetings/small-forms").then((m) => m.RespondForm));
export const ScheduleForm = dynamic(() => import("@/components/meetings/schedule-form").then((m) => m.ScheduleForm));

"use client";
// This feature's forms as chunks of their own, still rendered on the server (docs/decisions/092).
import dynamic from "next/dynamic";

export const AreaForm = dynamic(() => import("@/components/admin/area-form").then((m) => m.AreaForm));
export const CreateUserForm = dynamic(() => import("@/components/admin/user-forms").then((m) => m.CreateUserForm));
export const DutyForm = dynamic(() => import("@/components/admin/duty-form").then((m) => m.DutyForm));
export const EditUserForm = dynamic(() => import("@/components/admin/user-forms").then((m) => m.EditUserForm));
export const ExternalSystemForm = dynamic(() => import("@/components/admin/system-forms").then((m) => m.ExternalSystemForm));
export const IssueKeyForm = dynamic(() => import("@/components/admin/system-forms").then((m) => m.IssueKeyForm));
export const OrganisationForm = dynamic(() => import("@/components/admin/organisation-form").then((m) => m.OrganisationForm));
export const ResetPasswordForm = dynamic(() => import("@/components/admin/user-forms").then((m) => m.ResetPasswordForm));

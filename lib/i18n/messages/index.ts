// The message catalogs, one JSON file per feature namespace and locale. Add a namespace by
// adding its file in both locale folders and one line to each map below.
import type { Locale } from "@/lib/i18n/locales";

import zhCommon from "./zh-CN/common.json";
import zhValidation from "./zh-CN/validation.json";
import zhErrors from "./zh-CN/errors.json";
import zhErrorPage from "./zh-CN/errorPage.json";
import zhAuth from "./zh-CN/auth.json";
import zhNav from "./zh-CN/nav.json";
import zhHome from "./zh-CN/home.json";
import zhOrg from "./zh-CN/org.json";
import zhAdmin from "./zh-CN/admin.json";
import zhAreas from "./zh-CN/areas.json";
import zhDuties from "./zh-CN/duties.json";
import zhAccount from "./zh-CN/account.json";
import zhAudit from "./zh-CN/audit.json";
import zhNotifications from "./zh-CN/notifications.json";
import zhAbout from "./zh-CN/about.json";
// Disputes and joint meetings (issue 3)
import zhDisputes from "./zh-CN/disputes.json";
import zhMeetings from "./zh-CN/meetings.json";
// Intake (complaints, referrals, works, outages) and the holiday calendar
import zhComplaints from "./zh-CN/complaints.json";
import zhIntake from "./zh-CN/intake.json";
import zhReferrals from "./zh-CN/referrals.json";
import zhWorks from "./zh-CN/works.json";
import zhOutages from "./zh-CN/outages.json";
import zhCalendar from "./zh-CN/calendar.json";
// Supervision and accountability (issue 5)
import zhSupervision from "./zh-CN/supervision.json";
import zhAccountability from "./zh-CN/accountability.json";
// Satisfaction and assessment (issue 5 part B)
import zhSatisfaction from "./zh-CN/satisfaction.json";
import zhAssessment from "./zh-CN/assessment.json";
// Integration API (issue 13)
import zhIntegrations from "./zh-CN/integrations.json";

import enCommon from "./en/common.json";
import enValidation from "./en/validation.json";
import enErrors from "./en/errors.json";
import enErrorPage from "./en/errorPage.json";
import enAuth from "./en/auth.json";
import enNav from "./en/nav.json";
import enHome from "./en/home.json";
import enOrg from "./en/org.json";
import enAdmin from "./en/admin.json";
import enAreas from "./en/areas.json";
import enDuties from "./en/duties.json";
import enAccount from "./en/account.json";
import enAudit from "./en/audit.json";
import enNotifications from "./en/notifications.json";
import enAbout from "./en/about.json";
// Disputes and joint meetings (issue 3)
import enDisputes from "./en/disputes.json";
import enMeetings from "./en/meetings.json";
// Intake (complaints, referrals, works, outages) and the holiday calendar
import enComplaints from "./en/complaints.json";
import enIntake from "./en/intake.json";
import enReferrals from "./en/referrals.json";
import enWorks from "./en/works.json";
import enOutages from "./en/outages.json";
import enCalendar from "./en/calendar.json";
// Supervision and accountability (issue 5)
import enSupervision from "./en/supervision.json";
import enAccountability from "./en/accountability.json";
// Satisfaction and assessment (issue 5 part B)
import enSatisfaction from "./en/satisfaction.json";
import enAssessment from "./en/assessment.json";
// Integration API (issue 13)
import enIntegrations from "./en/integrations.json";

const zhCN = {
  common: zhCommon,
  validation: zhValidation,
  errors: zhErrors,
  errorPage: zhErrorPage,
  auth: zhAuth,
  nav: zhNav,
  home: zhHome,
  org: zhOrg,
  admin: zhAdmin,
  areas: zhAreas,
  duties: zhDuties,
  account: zhAccount,
  audit: zhAudit,
  notifications: zhNotifications,
  about: zhAbout,
  // Disputes and joint meetings (issue 3)
  disputes: zhDisputes,
  meetings: zhMeetings,
  // Intake
  complaints: zhComplaints,
  intake: zhIntake,
  referrals: zhReferrals,
  works: zhWorks,
  outages: zhOutages,
  calendar: zhCalendar,
  // Supervision and accountability (issue 5)
  supervision: zhSupervision,
  accountability: zhAccountability,
  // Satisfaction and assessment (issue 5 part B)
  satisfaction: zhSatisfaction,
  assessment: zhAssessment,
  // Integration API (issue 13)
  integrations: zhIntegrations,
};

const en: typeof zhCN = {
  common: enCommon,
  validation: enValidation,
  errors: enErrors,
  errorPage: enErrorPage,
  auth: enAuth,
  nav: enNav,
  home: enHome,
  org: enOrg,
  admin: enAdmin,
  areas: enAreas,
  duties: enDuties,
  account: enAccount,
  audit: enAudit,
  notifications: enNotifications,
  about: enAbout,
  // Disputes and joint meetings (issue 3)
  disputes: enDisputes,
  meetings: enMeetings,
  // Intake
  complaints: enComplaints,
  intake: enIntake,
  referrals: enReferrals,
  works: enWorks,
  outages: enOutages,
  calendar: enCalendar,
  // Supervision and accountability (issue 5)
  supervision: enSupervision,
  accountability: enAccountability,
  // Satisfaction and assessment (issue 5 part B)
  satisfaction: enSatisfaction,
  assessment: enAssessment,
  // Integration API (issue 13)
  integrations: enIntegrations,
};

export type Messages = typeof zhCN;
export type Namespace = keyof Messages;

const CATALOGS: Record<Locale, Messages> = { "zh-CN": zhCN, en };

export function messagesFor(locale: Locale): Messages {
  return CATALOGS[locale];
}

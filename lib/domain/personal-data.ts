// Residents' personal data (domain.md): who may see a complainant's name and phone, and how
// they look to everybody else. The data layer applies this before anything leaves lib/data.

/** "13812345678" → "138****5678"; "0451-84661234" → "0451-****1234"; others keep only their last 4. */
export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (p === "") return "";
  const mobile = /^(1\d{2})\d{4}(\d{4})$/.exec(p);
  if (mobile) return `${mobile[1]}****${mobile[2]}`;
  const landline = /^(0\d{2,3})-?\d{3,4}(\d{4})(-\d{1,6})?$/.exec(p);
  if (landline) return `${landline[1]}-****${landline[2]}`;
  const digits = p.replace(/\s/g, "");
  return digits.length <= 4 ? "****" : `****${digits.slice(-4)}`;
}

/** "张三" → "张*", "张三丰" → "张**", "Li Lei" → "L*****": only the first character stays. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return "";
  return chars[0] + "*".repeat(Math.max(1, chars.length - 1));
}

export type ResidentParties = { registeredOrgId: number; handlerOrgId: number; aboutOrgId: number | null };

/**
 * Whether an organisation may see who complained: the registering office and the current
 * handler must contact the resident; the organisation the complaint is about never learns
 * who complained, not even when it is asked to respond (信访工作条例: no passing a report to
 * the person or unit it is about).
 */
export function mayIdentifyResident(complaint: ResidentParties, orgId: number): boolean {
  if (complaint.aboutOrgId !== null && complaint.aboutOrgId === orgId) return false;
  return orgId === complaint.registeredOrgId || orgId === complaint.handlerOrgId;
}

export type Resident = { residentName: string; residentPhone: string };

/** The resident as this organisation may see them. */
export function residentFor<T extends Resident & ResidentParties>(complaint: T, orgId: number): Resident & { identified: boolean } {
  const identified = mayIdentifyResident(complaint, orgId);
  return identified
    ? { residentName: complaint.residentName, residentPhone: complaint.residentPhone, identified }
    : { residentName: maskName(complaint.residentName), residentPhone: maskPhone(complaint.residentPhone), identified };
}

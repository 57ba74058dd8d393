// Administration forms: organisations, residential areas, users.
import { z } from "zod";
import { orgKindSchema, parentKindsFor, roleSchema, rolesFor, sectorsFor, type OrgKind } from "@/lib/domain/organisation";
import { passwordProblem } from "@/lib/domain/password";
import { idField, optionalEmail, optionalId, optionalPhone, optionalText, requiredText, version } from "@/lib/validation/common";

export const organisationSchema = z
  .object({
    kind: orgKindSchema,
    name: requiredText(100),
    code: z.string().trim().max(20, "tooLong").refine((v) => v === "" || /^\d{6,12}$/.test(v), "divisionCode"),
    sector: z.string().trim(),
    parentId: optionalId,
    contactPerson: optionalText(50),
    phone: optionalPhone,
    address: optionalText(200),
    email: optionalEmail,
    version: version.optional(),
  })
  .superRefine((v, ctx) => {
    const sectors = sectorsFor(v.kind);
    if (sectors.length > 0 && !(sectors as readonly string[]).includes(v.sector)) {
      ctx.addIssue({ code: "custom", path: ["sector"], message: "required" });
    }
    if (parentKindsFor(v.kind).length > 0 && v.parentId === null) {
      ctx.addIssue({ code: "custom", path: ["parentId"], message: "required" });
    }
  })
  .transform((v) => ({ ...v, sector: sectorsFor(v.kind).length > 0 ? v.sector : null, code: v.code || null }));
export type OrganisationInput = z.input<typeof organisationSchema>;
export type OrganisationData = z.output<typeof organisationSchema>;

export const areaSchema = z.object({
  name: requiredText(100),
  address: optionalText(200),
  communityId: idField,
  propertyCompanyId: optionalId,
  policeStationId: optionalId,
  ownersCommitteeId: optionalId,
  households: z.coerce.number({ error: "number" }).int("number").min(0, "number").max(100000, "tooLarge"),
  version: version.optional(),
});
export type AreaInput = z.input<typeof areaSchema>;
export type AreaData = z.output<typeof areaSchema>;

const USERNAME_RE = /^[a-z][a-z0-9._-]{2,31}$/;

export const createUserSchema = z
  .object({
    username: z.string().trim().toLowerCase().regex(USERNAME_RE, "username"),
    name: requiredText(50),
    position: optionalText(50),
    phone: optionalPhone,
    orgId: idField,
    role: roleSchema,
    password: z.string().min(1, "required"),
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, v.username);
    if (v.password && problem) ctx.addIssue({ code: "custom", path: ["password"], message: `password.${problem}` });
  });
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z.object({
  name: requiredText(50),
  position: optionalText(50),
  phone: optionalPhone,
  role: roleSchema,
  version,
});
export type UpdateUserInput = z.input<typeof updateUserSchema>;

export const resetPasswordSchema = z
  .object({ password: z.string().min(1, "required"), version })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password);
    if (v.password && problem) ctx.addIssue({ code: "custom", path: ["password"], message: `password.${problem}` });
  });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** A role must suit the organisation kind: administrators belong to the housing bureau. */
export function roleAllowed(kind: OrgKind, role: z.infer<typeof roleSchema>): boolean {
  return (rolesFor(kind) as readonly string[]).includes(role);
}

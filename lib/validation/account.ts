// Forms of the signed-in user's own account.
import { z } from "zod";
import { passwordProblem } from "@/lib/domain/password";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "required").max(200, "tooLong"),
    newPassword: z.string().min(1, "required"),
    confirmPassword: z.string().min(1, "required"),
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.newPassword);
    if (v.newPassword && problem) ctx.addIssue({ code: "custom", path: ["newPassword"], message: `password.${problem}` });
    if (v.newPassword && v.newPassword === v.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "password.sameAsOld" });
    }
    if (v.confirmPassword && v.confirmPassword !== v.newPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "password.mismatch" });
    }
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const signInSchema = z.object({
  username: z.string().trim().min(1, "required").max(100, "tooLong"),
  password: z.string().min(1, "required").max(200, "tooLong"),
});
export type SignInInput = z.infer<typeof signInSchema>;

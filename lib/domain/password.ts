// Password policy (等保2.0 level 3: length and complexity, not containing the user name).
export const PASSWORD_MIN_LENGTH = 10;
/** bcrypt reads only the first 72 bytes: a longer password would be cut off silently. */
export const PASSWORD_MAX_BYTES = 72;

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/] as const;

export type PasswordProblem = "tooShort" | "tooLong" | "tooSimple" | "containsUsername";

export function passwordBytes(password: string): number {
  return new TextEncoder().encode(password).length;
}

/** Returns the first problem with a password, or null when it meets the policy. */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (passwordBytes(password) > PASSWORD_MAX_BYTES) return "tooLong";
  const classes = CLASSES.filter((re) => re.test(password)).length;
  if (classes < 3) return "tooSimple";
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    return "containsUsername";
  }
  return null;
}

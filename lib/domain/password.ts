// Password policy (等保2.0 level 3: length and complexity, not containing the user name).
export const PASSWORD_MIN_LENGTH = 10;

const CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/] as const;

export type PasswordProblem = "tooShort" | "tooSimple" | "containsUsername";

/** Returns the first problem with a password, or null when it meets the policy. */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  if (password.length < PASSWORD_MIN_LENGTH) return "tooShort";
  const classes = CLASSES.filter((re) => re.test(password)).length;
  if (classes < 3) return "tooSimple";
  if (username && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) {
    return "containsUsername";
  }
  return null;
}

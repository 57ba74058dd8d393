// Where the sign-in page may send the user afterwards: a path on this site, decided after URL
// parsing as a browser would parse it ("/\evil.example" and "/<tab>/evil.example" are other hosts).
const BASE = "http://liandong.invalid";

/** The same-origin path (with query and fragment) that `value` leads to, or "/" when it leaves the site. */
export function sameOriginPath(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || !raw.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = url.pathname + url.search + url.hash;
  // A path that a second parse would read as another host (//x after normalisation) is refused too.
  if (!path.startsWith("/") || path.startsWith("//")) return "/";
  return path;
}

/** Where to go after signing in: a same-origin path, never the sign-in page again. */
export function afterSignInPath(value: unknown): string {
  const path = sameOriginPath(value);
  return path === "/sign-in" || path.startsWith("/sign-in?") || path.startsWith("/sign-in/") || path.startsWith("/sign-in#") ? "/" : path;
}

/**
 * Model-name and alias globs: `*` matches any run of characters (none included), `?` exactly one character;
 * everything else matches itself, case-sensitively, over the whole name. No character classes and no escapes:
 * Cairn's names never contain `*` or `?`.
 *
 * The matcher is the classic two-pointer wildcard match (backtrack only to the last `*`), so it takes at most
 * pattern length × name length steps whatever the pattern; a regular expression built from `a*a*a*…` would not.
 */
export function globMatches(pattern: string, name: string): boolean {
  const p = [...pattern];
  const s = [...name];
  let pi = 0;
  let si = 0;
  let star = -1;
  let resume = 0;
  while (si < s.length) {
    if (pi < p.length && (p[pi] === '?' || (p[pi] !== '*' && p[pi] === s[si]))) {
      pi++;
      si++;
    } else if (pi < p.length && p[pi] === '*') {
      star = pi++;
      resume = si;
    } else if (star >= 0) {
      pi = star + 1;
      si = ++resume;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === '*') pi++;
  return pi === p.length;
}

/** A glob Cairn accepts: 1–256 characters, no whitespace or control characters. */
export function isValidGlob(pattern: string): boolean {
  return pattern.length > 0 && pattern.length <= 256 && !/[\s\p{Cc}]/u.test(pattern);
}

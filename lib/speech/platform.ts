/** The systems the voice help has instructions for (getting a Chinese voice differs on each). */
export const PLATFORMS = ['windows', 'macos', 'ios', 'android', 'linux'] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * The learner's system from the browser's user agent; null when it is none of PLATFORMS (then
 * every instruction is shown). An iPad asks for desktop pages as a Mac, but has a touch screen.
 */
export function detectPlatform(userAgent: string, maxTouchPoints = 0): Platform | null {
  if (/Android/i.test(userAgent)) return 'android';
  if (/iPhone|iPad|iPod/i.test(userAgent)) return 'ios';
  if (/Macintosh|Mac OS X/i.test(userAgent)) return maxTouchPoints > 1 ? 'ios' : 'macos';
  if (/Windows/i.test(userAgent)) return 'windows';
  if (/CrOS/i.test(userAgent)) return null;
  if (/Linux|X11/i.test(userAgent)) return 'linux';
  return null;
}

/** `theme` of the panel: always light, always dark, or `auto` (the system's, unless the host sets colours). */
export type Theme = 'light' | 'dark' | 'auto';
export type Scheme = 'light' | 'dark';

export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);

type Rgb = [number, number, number];

/** Reads `rgb(…)` / `rgba(…)` as the browser computes colours; null for anything else or transparent. */
export function parseRgb(value: string): Rgb | null {
  const match = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/.exec(value.trim());
  if (!match) return null;
  if (match[4] !== undefined && parseFloat(match[4]) === 0) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG 2 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The palette the panel uses. `light` and `dark` are what they say. `auto` follows the system, except
 * where the host page sets colours of its own (`--dh-color-*`): those were chosen for its page, so the
 * palette follows them (dark only when the host's surface is dark, or its text light), and a light-only
 * host is never shown light text on its light surface.
 */
export function schemeFor(
  theme: Theme,
  prefersDark: boolean,
  host: { themed: boolean; surface: Rgb | null; text: Rgb | null },
): Scheme {
  if (theme !== 'auto') return theme;
  if (!host.themed) return prefersDark ? 'dark' : 'light';
  if (host.surface) return luminance(host.surface) < 0.2 ? 'dark' : 'light';
  if (host.text) return luminance(host.text) > 0.5 ? 'dark' : 'light';
  return 'light';
}

/**
 * The colour theme: the system's (light or dark, as the browser prefers) unless the user chose
 * one. The choice is a cookie, so the server renders `<html data-theme>` with it and the page never
 * flashes the other theme; without the attribute, globals.css follows `prefers-color-scheme`.
 */
export const THEME_COOKIE = 'tidemark_theme';
export const themes = ['system', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

export function parseTheme(value: string | undefined): Theme {
  return value === 'light' || value === 'dark' ? value : 'system';
}

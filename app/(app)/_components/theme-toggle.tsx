'use client';

import { useEffect, useState } from 'react';
import { parseTheme, THEME_COOKIE, themes, type Theme } from '../../_lib/theme';

const labels: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const YEAR_SECONDS = 365 * 24 * 3600;

function readTheme(): Theme {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith(`${THEME_COOKIE}=`));
  return parseTheme(cookie?.slice(THEME_COOKIE.length + 1));
}

function applyTheme(theme: Theme) {
  if (theme === 'system') {
    delete document.documentElement.dataset.theme;
    document.cookie = `${THEME_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
  } else {
    document.documentElement.dataset.theme = theme;
    document.cookie = `${THEME_COOKIE}=${theme}; Path=/; Max-Age=${YEAR_SECONDS}; SameSite=Lax`;
  }
}

function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState<Theme>('system');
  useEffect(() => setTheme(readTheme()), []);
  return [
    theme,
    (next) => {
      applyTheme(next);
      setTheme(next);
    },
  ];
}

/** The theme as three choices, for the account page. */
export function ThemeChoice() {
  const [theme, setTheme] = useTheme();
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-medium text-slate-800">Theme</legend>
      <div className="flex gap-4">
        {themes.map((option) => (
          <label key={option} className="flex items-center gap-1.5 text-sm text-slate-700">
            <input type="radio" name="theme" value={option} checked={theme === option} onChange={() => setTheme(option)} />
            {labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** One button in the header that steps through system, light and dark. */
export function ThemeToggle() {
  const [theme, setTheme] = useTheme();
  const next = themes[(themes.indexOf(theme) + 1) % themes.length];
  return (
    <button
      type="button"
      onClick={() => setTheme(next)}
      title={`Theme: ${labels[theme]}. Switch to ${labels[next].toLowerCase()}.`}
      aria-label={`Theme: ${labels[theme]}. Switch to ${labels[next].toLowerCase()}`}
      className="rounded-md px-2 py-1 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900"
    >
      <span aria-hidden="true">{theme === 'dark' ? '☾' : theme === 'light' ? '☀' : '◐'}</span>
    </button>
  );
}

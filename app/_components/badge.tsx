import type { ReactNode } from 'react';

export type Tone = 'neutral' | 'good' | 'muted' | 'info' | 'warn' | 'bad';

const toneClasses: Record<Tone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-300',
  good: 'bg-emerald-50 text-emerald-800 ring-emerald-300',
  muted: 'bg-white text-slate-500 ring-slate-200',
  info: 'bg-sky-50 text-sky-800 ring-sky-300',
  warn: 'bg-amber-50 text-amber-900 ring-amber-300',
  bad: 'bg-red-50 text-red-800 ring-red-300',
};

export function Badge({ tone = 'neutral', children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${toneClasses[tone]}`}>{children}</span>;
}

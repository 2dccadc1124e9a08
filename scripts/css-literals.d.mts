// Types of css-literals.mjs, for vite.config.ts.
import type { Plugin } from 'vite';

export function minifyCss(text: string): string;
export function minifyCssLiterals(code: string): string;
export function cssLiteralsPlugin(): Plugin;

// Types of html-literals.mjs, for vite.config.ts.
import type { Plugin } from 'vite';

export function collapseTemplateText(text: string): string;
export function minifyHtmlLiterals(code: string, fileName?: string): string;
export function htmlLiteralsPlugin(): Plugin;

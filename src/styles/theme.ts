import { css } from 'lit';

/**
 * Design tokens both elements share. Public custom properties are read as `var(--invitations-x, var(--_x))`, so any
 * ancestor can theme them; the private `--_x` defaults follow `prefers-color-scheme`.
 */
export const themeStyles = css`
  :host {
    --_accent: #2557d6;
    --_accent-contrast: #ffffff;
    --_text: #1b1d21;
    --_muted: #5b616e;
    --_surface: #ffffff;
    --_surface-alt: #f4f5f7;
    --_border: #d5d8de;
    --_danger: #b3261e;
    --_success: #1a7f37;
    --_warning: #8a5a00;
    --_radius: 6px;
    --_focus:
      0 0 0 2px var(--invitations-surface, var(--_surface)), 0 0 0 4px var(--invitations-accent, var(--_accent));
    display: block;
    color: var(--invitations-text, var(--_text));
    background: var(--invitations-surface, var(--_surface));
    font: var(--invitations-font, 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif);
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_accent: #8ab4ff;
      --_accent-contrast: #0b1220;
      --_text: #e8eaee;
      --_muted: #a7adb9;
      --_surface: #16181d;
      --_surface-alt: #20232a;
      --_border: #3a3f4a;
      --_danger: #ff8a80;
      --_success: #6fdc8c;
      --_warning: #f2c14e;
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: none;
    box-shadow: var(--_focus);
  }
  button {
    font: inherit;
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
    border-radius: var(--invitations-radius, var(--_radius));
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;

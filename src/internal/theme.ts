import { css } from 'lit';

/**
 * Design tokens both elements share. Each public custom property is read once, on the host, as
 * `--_c-x: var(--invitations-x, var(--_x))`, the token the styles use: the element or any ancestor themes it; the
 * private `--_x` defaults follow `prefers-color-scheme`.
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
    /* each public custom property read once, here, as the token the styles use */
    --_c-accent: var(--invitations-accent, var(--_accent));
    --_c-accent-contrast: var(--invitations-accent-contrast, var(--_accent-contrast));
    --_c-text: var(--invitations-text, var(--_text));
    --_c-muted: var(--invitations-muted, var(--_muted));
    --_c-surface: var(--invitations-surface, var(--_surface));
    --_c-surface-alt: var(--invitations-surface-alt, var(--_surface-alt));
    --_c-border: var(--invitations-border, var(--_border));
    --_c-danger: var(--invitations-danger, var(--_danger));
    --_c-success: var(--invitations-success, var(--_success));
    --_c-warning: var(--invitations-warning, var(--_warning));
    --_c-radius: var(--invitations-radius, var(--_radius));
    display: block;
    color: var(--_c-text);
    background: var(--_c-surface);
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
  /* lang="ar" (or another right-to-left language) with no dir around: lay out right to left (base.ts). */
  :host(:state(rtl)) {
    direction: rtl;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* An outline, not a box-shadow: forced-colors mode keeps outlines and drops shadows. */
  :focus-visible {
    outline: 2px solid var(--_c-accent);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
    border-radius: var(--_c-radius);
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
  /* Icons that point (the pager's chevrons) turn around in right-to-left layouts. */
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    vertical-align: -0.125em;
  }
  :host(:dir(rtl)) .icon-directional {
    transform: scaleX(-1);
  }
  /* A rule of its own: a browser without :state() drops only this one. */
  :host(:state(rtl)) .icon-directional {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  /* Windows High Contrast and other forced palettes: system colours for states that colour alone conveyed. */
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
    button:disabled,
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    [aria-current='page'],
    [aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
`;

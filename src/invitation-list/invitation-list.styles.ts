import { css } from 'lit';

/**
 * Host, toolbar, state and pager styles of <invitation-list>, on top of the shared theme (rows.styles.ts has the
 * table). Colours and radius come from the theme's `--_c-*` tokens (theme.ts).
 */
export const listStyles = css`
  :host {
    --_row-height: 3rem;
    container-type: inline-size;
    position: relative;
  }

  button {
    min-height: 28px;
    padding: 0.125rem 0.625rem;
    border: 1px solid var(--_c-border);
    background: var(--_c-surface);
    color: var(--_c-text);
    line-height: 1.2;
  }
  button:not([aria-disabled='true']):hover {
    background: var(--_c-surface-alt);
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.55;
  }
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_c-surface);
    border: 1px solid var(--_c-border);
    border-radius: var(--_c-radius);
    min-height: 32px;
    padding: 0.25rem 0.5rem;
  }
  p {
    margin: 0;
  }

  /* Toolbar */
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem 1rem;
    margin-block-end: 0.75rem;
  }
  .field {
    display: inline-flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  .field-search {
    flex: 1 1 14rem;
  }
  .label {
    color: var(--_c-muted);
    font-size: 0.875em;
  }
  [part='status-filter'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  [part='status-filter'] legend {
    float: inline-start;
    width: 100%;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 32px;
    padding-block: 0;
    padding-inline: 0.25rem 0.625rem;
    border: 1px solid var(--_c-border);
    border-radius: 999px;
    cursor: pointer;
  }
  .chip:has(:checked) {
    border-color: var(--_c-accent);
    background: var(--_c-surface-alt);
  }
  /* 24px: the minimum target size (WCAG 2.5.8), on the checkbox itself. */
  .chip input {
    width: 24px;
    height: 24px;
    min-height: 0;
    margin: 0;
    accent-color: var(--_c-accent);
  }

  /* Progress (reserved height: it never moves the table) */
  .progress {
    display: block;
    height: 3px;
    overflow: hidden;
    border-radius: 2px;
    position: relative;
  }
  .progress[hidden] {
    visibility: hidden;
  }
  .progress::before {
    content: '';
    position: absolute;
    inset-block: 0;
    width: 40%;
    background: var(--_c-accent);
    animation: slide 1.1s ease-in-out infinite;
  }
  @keyframes slide {
    from {
      inset-inline-start: -40%;
    }
    to {
      inset-inline-start: 100%;
    }
  }

  [part='notice'],
  [part='error'],
  [part='empty'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem 1rem;
    margin-block: 0.5rem;
    border: 1px solid var(--_c-border);
    border-radius: var(--_c-radius);
  }
  [part='notice'],
  [part='error'] {
    border-color: var(--_c-danger);
  }
  [part='notice'] p,
  [part='error'] .message {
    flex: 1 1 12rem;
  }
  [part='error'] .title {
    flex-basis: 100%;
    font-weight: 600;
    color: var(--_c-danger);
  }
  [part='empty'] {
    justify-content: center;
    padding-block: 2rem;
    color: var(--_c-muted);
    border-style: dashed;
  }

  /* Pager */
  [part='pager'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block-start: 0.75rem;
  }
  [part='range'] {
    color: var(--_c-muted);
  }
  .pages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
  }
  [part~='pager-page'][aria-current='page'] {
    background: var(--_c-accent);
    border-color: var(--_c-accent);
    color: var(--_c-accent-contrast);
  }
  .gap {
    padding-inline: 0.25rem;
    color: var(--_c-muted);
  }
  [part='limit'] {
    flex-basis: 100%;
    color: var(--_c-warning);
  }
  .field-page-size {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
  }
  [part~='pager-previous'],
  [part~='pager-next'] {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }

  .invite {
    margin-inline-start: auto;
    align-self: end;
  }
  dialog {
    width: min(40rem, calc(100vw - 2rem));
    max-height: calc(100vh - 2rem);
    padding: 1rem;
    border: 1px solid var(--_c-border);
    border-radius: var(--_c-radius);
    background: var(--_c-surface);
    color: var(--_c-text);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    margin-block-end: 0.75rem;
  }
  .dialog-head h2 {
    margin: 0;
    font-size: 1.125em;
  }

  @media (forced-colors: active) {
    .progress::before {
      forced-color-adjust: none;
      background: Highlight;
    }
    .chip:has(:checked) {
      border-color: Highlight;
    }
    /* These beat the theme's forced-colors rules (same or higher specificity, later): restate them here. */
    button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    [part~='pager-page'][aria-current='page'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }
`;

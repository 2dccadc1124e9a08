import { css } from 'lit';

/** Layout and looks of `<invite-form>`; colours come from the shared theme (`--invitations-*` over `--_*`). */
export const styles = css`
  :host {
    --_gap: 1rem;
  }
  /* (only when compact: a size container takes its width from its parent, not from what it holds) */
  :host([compact]) {
    container-type: inline-size;
  }
  form {
    display: grid;
    gap: var(--invitations-gap, var(--_gap));
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .fields {
    display: grid;
    gap: var(--invitations-gap, var(--_gap));
  }
  .field {
    display: grid;
    gap: 0.3rem;
    align-content: start;
  }
  label,
  legend,
  .label {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: 0.3rem;
  }
  .hint {
    margin: 0;
    color: var(--_c-muted);
    font-size: 0.9em;
  }
  .field-error,
  .replacing {
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_c-danger);
    font-size: 0.9em;
  }
  .replacing {
    color: var(--_c-muted);
  }
  .link-button {
    font: inherit;
    color: var(--_c-accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
  }
  input[type='text'],
  input[type='number'],
  select {
    font: inherit;
    color: inherit;
    background: var(--_c-surface);
    border: 1px solid var(--_c-border);
    border-radius: var(--_c-radius);
    padding: 0.4rem 0.55rem;
    min-height: 2.25rem;
  }
  input[type='number'] {
    width: 6rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_c-danger);
  }
  /* 24px: the minimum target size (WCAG 2.5.8), on the checkbox itself. */
  input[type='checkbox'] {
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_c-accent);
  }

  /* Emails: a box that looks like one input, with the chips and the real input inside. */
  .chips-box {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem;
    padding: 0.3rem;
    border: 1px solid var(--_c-border);
    border-radius: var(--_c-radius);
    background: var(--_c-surface);
    cursor: text;
  }
  .chips-box[data-invalid] {
    border-color: var(--_c-danger);
  }
  /* The ring goes around the box that looks like the input, not around the bare input inside it. */
  .chips-box:has(> input:focus-visible) {
    outline: 2px solid var(--_c-accent);
    outline-offset: 2px;
  }
  .chips-box input {
    flex: 1 1 12rem;
    min-width: 8rem;
    border: 0;
    padding: 0.25rem;
    min-height: 1.75rem;
    background: transparent;
  }
  .chips-box input:focus-visible {
    outline: none;
  }
  .chips {
    display: contents;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    max-width: 100%;
    padding-block: 0.1rem;
    padding-inline: 0.55rem 0.15rem;
    border-radius: 999px;
    border: 1px solid var(--_c-border);
    background: var(--_c-surface-alt);
    overflow-wrap: anywhere;
  }
  .chip[data-invalid] {
    border-color: var(--_c-danger);
    color: var(--_c-danger);
    border-style: dashed;
  }
  .chip-mark {
    font-weight: 700;
  }
  .chip[data-checking] {
    border-style: dotted;
  }
  .chip-remove {
    border: 0;
    border-radius: 999px;
    background: transparent;
    color: inherit;
    line-height: 1;
    padding: 0;
  }
  .chip-remove:hover {
    background: var(--_c-border);
  }

  .group {
    display: grid;
    gap: 0.4rem;
  }
  .check {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.5rem;
    row-gap: 0.1rem;
  }
  .check label {
    font-weight: 400;
  }
  .check .hint,
  .check .suggest {
    grid-column: 2;
  }
  .suggest {
    margin: 0;
    color: var(--_c-warning);
    font-size: 0.9em;
  }
  [part~='force'][data-suggested] label {
    font-weight: 600;
  }
  .presets,
  .inline,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .preset,
  .stop,
  .link {
    border: 1px solid var(--_c-border);
    background: var(--_c-surface);
    color: inherit;
    padding: 0.25rem 0.7rem;
  }
  .preset[aria-pressed='true'] {
    border-color: var(--_c-accent);
    background: var(--_c-accent);
    color: var(--_c-accent-contrast);
  }
  .submit {
    border: 1px solid var(--_c-accent);
    background: var(--_c-accent);
    color: var(--_c-accent-contrast);
    padding: 0.5rem 1.1rem;
    font-weight: 600;
  }
  .submit[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .progress {
    color: var(--_c-muted);
  }
  .alert {
    padding: 0.6rem 0.8rem;
    border-radius: var(--_c-radius);
    border: 1px solid var(--_c-danger);
    color: var(--_c-danger);
  }
  .alert[hidden] {
    display: none;
  }
  .alert p {
    margin: 0;
  }
  .alert p + p {
    margin-block-start: 0.3rem;
  }
  .actions[hidden] {
    display: none;
  }
  .import label {
    display: inline-block;
    cursor: pointer;
    font-weight: 400;
    border-radius: var(--_c-radius);
  }
  .import input:focus-visible + label {
    outline: 2px solid var(--_c-accent);
    outline-offset: 2px;
  }
  .import input:disabled + label {
    cursor: default;
    opacity: 0.6;
  }
  @media (forced-colors: active) {
    .chips-box:has(> input:focus-visible) {
      outline-color: Highlight;
    }
    [aria-invalid='true'],
    .chips-box[data-invalid] {
      border-color: CanvasText;
      border-style: dashed;
    }
    /* A busy submit: greyed in system colours, not by an opacity the mode would not convey. */
    .submit[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
    /* The chosen preset: the accent fill above would win over the theme's forced-colors rule. */
    .preset[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
    }
  }

  summary {
    cursor: pointer;
    font-weight: 600;
    width: max-content;
  }
  details[open] > summary {
    margin-block-end: 0.75rem;
  }
  /* compact: emails, role and send on one line from 640 px on */
  @container (min-width: 40rem) {
    .compact {
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 0.75rem;
    }
    .compact > * {
      grid-column: 1 / -1;
    }
    .compact > .fields {
      grid-column: 1;
      grid-template-columns: minmax(0, 1fr) minmax(10rem, max-content);
      align-items: start;
    }
    .compact .import {
      grid-area: 2 / 1;
    }
    .compact > .actions {
      grid-column: 2;
      grid-row: 1;
      align-self: start;
      /* level with the inputs, under their labels */
      margin-block-start: 1.6rem;
    }
  }
`;

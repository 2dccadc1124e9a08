import { css } from 'lit';

/**
 * Table, row, cell, badge and skeleton styles of <invitation-list> (the host's `--_c-*` tokens come from
 * invitation-list.styles.ts). Below a 40rem container width every row becomes a card.
 */
export const rowStyles = css`
  /* Table */
  [part='table-wrapper'] {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.25rem;
    border-radius: var(--_c-radius);
  }
  /* Inside, so the scroll container (overflow-x) does not clip the ring. */
  caption:focus-visible {
    outline-offset: -2px;
  }
  tr {
    height: var(--invitations-row-height, var(--_row-height));
  }
  th,
  td {
    padding: 0.375rem 0.5rem;
    text-align: start;
    vertical-align: middle;
    border-block-end: 1px solid var(--_c-border);
  }
  thead th {
    color: var(--_c-muted);
    font-weight: 600;
    font-size: 0.875em;
    background: var(--_c-surface-alt);
    white-space: nowrap;
  }
  [part~='cell-email'] {
    min-width: 12rem;
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  [part~='cell-actions'] {
    width: 1%;
    white-space: nowrap;
  }
  [part~='cell-roles'] {
    min-width: 8rem;
    overflow-wrap: anywhere;
  }
  [part~='cell-created'],
  [part~='cell-expires'] {
    white-space: nowrap;
  }
  [part~='status'] {
    display: inline-block;
    padding: 0.0625rem 0.5rem;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    background: var(--_c-surface-alt);
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  [part~='status-pending'] {
    color: var(--_c-warning);
  }
  [part~='status-processing'] {
    color: var(--_c-accent);
  }
  [part~='status-accepted'] {
    color: var(--_c-success);
  }
  [part~='status-revoked'],
  [part~='status-expired'],
  [part~='status-failed'] {
    color: var(--_c-danger);
  }
  /* Invitations just created: a tinted row and a "New" mark (text, so it reads in forced colours and aloud too). */
  [part~='row-new'] {
    background: color-mix(in srgb, var(--_c-accent) 10%, var(--_c-surface));
  }
  [part='new-mark'] {
    margin-inline-start: 0.5rem;
    padding: 0 0.375rem;
    border-radius: 999px;
    font-size: 0.75em;
    font-weight: 600;
    color: var(--_c-accent-contrast);
    background: var(--_c-accent);
  }
  time {
    position: relative;
  }
  time.expired {
    color: var(--_c-danger);
  }
  /* The full date of the invitation, when keyboard focus is in its row (hover shows the title). */
  [part~='row']:has(:focus-visible) [part~='cell-created'] time::after {
    content: attr(title);
    position: absolute;
    inset-block-end: calc(100% + 2px);
    inset-inline-start: 0;
    z-index: 1;
    padding: 0.125rem 0.375rem;
    border-radius: var(--_c-radius);
    background: var(--_c-text);
    color: var(--_c-surface);
    font-size: 0.75rem;
    white-space: nowrap;
    pointer-events: none;
  }
  [part='actions'] {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.375rem;
  }
  [part~='action-revoke'] {
    color: var(--_c-danger);
  }
  [part~='action-copy'] {
    min-width: 6.5em;
  }

  /* Skeleton */
  .bone {
    display: inline-block;
    width: 70%;
    max-width: 10rem;
    height: 0.875em;
    vertical-align: middle;
    border-radius: 4px;
    background: linear-gradient(90deg, var(--_c-surface-alt) 0%, var(--_c-border) 50%, var(--_c-surface-alt) 100%);
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }
  @media (forced-colors: active) {
    .bone {
      forced-color-adjust: none;
      background: GrayText;
    }
    [part~='status'] {
      border-color: CanvasText;
    }
    [part='new-mark'] {
      border: 1px solid CanvasText;
    }
  }

  /* Narrow containers: every row becomes a card. */
  @container (max-width: 40rem) {
    table,
    tbody,
    tr,
    th,
    td {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    caption {
      display: block;
    }
    tr {
      height: auto;
      padding: 0.5rem 0.75rem;
      margin-block-end: 0.5rem;
      border: 1px solid var(--_c-border);
      border-radius: var(--_c-radius);
    }
    th,
    td {
      border: 0;
      padding: 0.25rem 0;
    }
    td {
      display: grid;
      grid-template-columns: minmax(5.5rem, 35%) 1fr;
      align-items: center;
      gap: 0.5rem;
    }
    td::before {
      content: attr(data-label);
      color: var(--_c-muted);
      font-size: 0.875em;
    }
    [part~='cell-actions'] {
      display: block;
      width: auto;
    }
    [part~='cell-actions']::before {
      content: none;
    }
    [part='actions'] {
      justify-content: flex-start;
      flex-wrap: wrap;
      white-space: normal;
    }
    [part~='cell-email'] {
      overflow-wrap: anywhere;
    }
    [part~='status'],
    time {
      justify-self: start;
    }
    [part~='cell-inviter'],
    [part~='cell-created'],
    [part~='cell-expires'] {
      white-space: normal;
    }
  }
`;

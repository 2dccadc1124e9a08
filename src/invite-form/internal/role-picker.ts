import { Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import { InvitationError } from '../../model.js';
import type { CreateCapabilities, RoleOption } from '../../providers/adapter.js';
import { renderRoles } from './fields.js';
import type { FormIssue } from './validation.js';

/** Loads the role options, e.g. from your backend; gets an AbortSignal that fires when superseded. */
export type RoleLoader = (signal: AbortSignal) => Promise<RoleOption[]>;

export interface RolesSource {
  /** The host's `roles` property. */
  roles(): RoleOption[] | RoleLoader | undefined;
  /** The adapter's create capabilities. */
  create(): CreateCapabilities | undefined;
  /** The host's `defaultRole` property (undefined: the provider's default; empty: none). */
  defaultRole(): string | undefined;
}

/**
 * The role choice of `<invite-form>`: where the options come from (the `roles` array, the loader run through
 * @lit/task, or the provider's fixed set), what is chosen, and the picker that shows it.
 */
export class RolePicker {
  /** What the user picked (values that no longer exist among the options are ignored). */
  selected: string[] = [];
  /** Free-text role keys, when no options are known. */
  text = '';
  /** The user changed the choice: the default role no longer applies. */
  #chosen = false;
  /** The server's word on the roles, after a failed submission. */
  serverError?: string;

  private readonly task: Task<readonly [RoleOption[] | RoleLoader | undefined], RoleOption[] | undefined>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly localize: LocalizeController,
    private readonly source: RolesSource,
  ) {
    this.task = new Task(host, {
      task: async ([roles], { signal }) => (typeof roles === 'function' ? roles(signal) : undefined),
      args: () => [source.roles()] as const,
    });
  }

  private get loads() {
    return typeof this.source.roles() === 'function';
  }

  /** The options to choose from; undefined when unknown (none given, or still loading). */
  get options(): RoleOption[] | undefined {
    const roles = this.source.roles();
    if (typeof roles === 'function') return this.task.value;
    return roles ?? this.source.create()?.roles.options;
  }

  /** The roles the drafts get: the chosen ones that exist (the only option, when exactly one role is needed). */
  get current(): string[] {
    const options = this.options;
    const { min, max } = this.source.create()?.roles ?? { min: 0, max: 0 };
    if (!options) return this.loads || min < 1 ? [] : this.text.split(/[\s,;]+/).filter(Boolean);
    const known = (r: string | undefined) => options.some((o) => o.value === r);
    const chosen = this.selected.filter(known);
    if (chosen.length || this.#chosen) return chosen;
    // nothing chosen yet: the default role (the host's, else the provider's), or the only option of a required one
    const preset = this.source.defaultRole() ?? this.source.create()?.roles.default;
    if (preset && known(preset)) return [preset];
    return min >= 1 && max === 1 && options.length === 1 ? [options[0].value] : [];
  }

  reset(): void {
    this.selected = [];
    this.#chosen = false;
    this.text = '';
    this.serverError = undefined;
    this.host.requestUpdate();
  }

  private change(update: () => void) {
    update();
    this.#chosen = true;
    this.serverError = undefined;
    this.host.requestUpdate();
  }

  render(issue: FormIssue | undefined) {
    const create = this.source.create()!;
    const term = this.localize.term.bind(this.localize);
    const status = this.task.status;
    const error = !issue
      ? this.serverError
      : issue.kind === 'max'
        ? term('formRolesMax', create.roles.max)
        : term('formRolesMin', Math.max(1, create.roles.min));
    return renderRoles({
      localize: this.localize,
      create,
      options: this.options,
      loading: this.loads && (status === TaskStatus.INITIAL || status === TaskStatus.PENDING),
      loadError: this.loads && status === TaskStatus.ERROR ? InvitationError.from(this.task.error).message : undefined,
      selected: this.current,
      text: this.text,
      error,
      onToggle: (value, checked) =>
        this.change(() => {
          const rest = this.current.filter((r) => r !== value);
          this.selected = checked ? [...rest, value] : rest;
        }),
      onSelect: (value) => this.change(() => (this.selected = value ? [value] : [])),
      onChoose: (values) => this.change(() => (this.selected = values)),
      onText: (value) => this.change(() => (this.text = value)),
      onRetry: () => void this.task.run(),
    });
  }
}

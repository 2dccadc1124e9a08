/** The in-memory state of one emulator: the provider's raw objects, keyed by id, in insertion order. */

/** What tests and demos see of the state. */
export interface EmulatorStore<T> {
  /** Copies of every raw provider object, in the current state (including cancelled / revoked ones). */
  all(): T[];
  /** A copy of one raw object, or undefined. */
  get(id: string): T | undefined;
  /** Back to the seeded data (and the id / latency randomness restarts, so runs repeat exactly). */
  reset(): void;
  readonly size: number;
}

const copy = <T>(value: T): T => structuredClone(value);

/** The handlers' side of the store: live records (never handed out to callers). */
export class RecordStore<T> implements EmulatorStore<T> {
  private readonly records = new Map<string, T>();

  constructor(
    private readonly idOf: (record: T) => string,
    private readonly seed: () => T[],
    private readonly onReset: () => void = () => {},
  ) {
    this.load();
  }

  private load(): void {
    this.records.clear();
    for (const record of this.seed()) this.records.set(this.idOf(record), record);
  }

  all(): T[] {
    return [...this.records.values()].map(copy);
  }

  get(id: string): T | undefined {
    const record = this.records.get(id);
    return record === undefined ? undefined : copy(record);
  }

  reset(): void {
    this.onReset();
    this.load();
  }

  get size(): number {
    return this.records.size;
  }

  /** The live records, for handlers to filter, sort and mutate. */
  values(): T[] {
    return [...this.records.values()];
  }

  find(id: string): T | undefined {
    return this.records.get(id);
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  insert(record: T): T {
    this.records.set(this.idOf(record), record);
    return record;
  }

  delete(id: string): boolean {
    return this.records.delete(id);
  }
}

import { computed, inject, signal, Signal } from '@angular/core';
import { COMMON } from '../i18n/common.messages';
import { injectMessages } from '../i18n/translate';
import { Notifier } from '../layout/notifier';
import { describeError, FieldLabels } from '../errors/error-text';
import { isStaleVersion } from './api-error';

export interface ActionOptions {
  /** The form's labels for the API's field paths, so that an error names the field as the form does. */
  labels?: () => FieldLabels;
  /** Words the error when the default (describeError) is not what the screen wants; null: default. */
  describe?: (error: unknown) => string[] | null;
  /** Reloads what a stale-version conflict made out of date; offered beside the conflict message. */
  reload?: () => unknown;
}

export interface RunOptions<T> {
  /** Said once the write succeeded (a snack bar). */
  done?: string | ((result: T) => string);
  /**
   * Gets the error first; true when the screen handled it itself (a conflict list, a confirm
   * dialog), so that no message shows.
   */
  handle?: (error: unknown) => boolean;
}

/**
 * The state of one write as signals, beside Loader for reads: busy while it runs (a second
 * click is ignored), the error in the reader's words, and whether it failed because someone else
 * saved first (`stale`), with a reload hook for that case. Create it in a field initializer.
 */
export class Action {
  readonly busy = signal(false);
  readonly error = signal<unknown>(null);
  /** Someone else changed the resource: the message says so and `reload` is offered. */
  readonly stale: Signal<boolean> = computed(() => isStaleVersion(this.error()));
  /** Messages of the last failure in the current language (empty after a success). */
  readonly messages: Signal<string[]>;
  /** Texts a screen adds itself (its own checks before sending), shown with the server's. */
  readonly extra = signal<string[]>([]);
  private readonly notifier = inject(Notifier);

  constructor(private readonly options: ActionOptions = {}) {
    const c = injectMessages(COMMON);
    this.messages = computed(() => {
      const error = this.error();
      const own = this.extra();
      if (error === null) return own;
      return [...(this.options.describe?.(error) ?? describeError(error, c(), this.options.labels?.())), ...own];
    });
  }

  get canReload(): boolean {
    return this.options.reload !== undefined;
  }

  /** Runs `work` unless one is already running; resolves its result, or undefined on failure. */
  async run<T>(work: () => Promise<T>, options: RunOptions<T> = {}): Promise<T | undefined> {
    if (this.busy()) return undefined;
    this.busy.set(true);
    this.reset();
    try {
      const result = await work();
      const done = typeof options.done === 'function' ? options.done(result) : options.done;
      if (done) this.notifier.done(done);
      return result;
    } catch (error: unknown) {
      if (!options.handle?.(error)) this.error.set(error);
      return undefined;
    } finally {
      this.busy.set(false);
    }
  }

  reload(): void {
    this.reset();
    this.options.reload?.();
  }

  reset(): void {
    this.error.set(null);
    this.extra.set([]);
  }
}

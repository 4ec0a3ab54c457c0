import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Action } from '../api/action';
import { defineMessages, injectMessages } from '../i18n/translate';

const MESSAGES = defineMessages({
  es: { reload: 'Volver a cargar' },
  en: { reload: 'Reload' },
});

/**
 * The one place a write's errors show: the top-level reason and each field the server named,
 * labelled as the form labels it (the Action's `labels`). A stale version offers to reload.
 * A native button (the app's outlined `.button`), not Material's: the public comment forms use
 * this component, and Material's button would add its ripple and CDK to every public page.
 */
@Component({
  selector: 'app-form-errors',
  template: `
    @if (shown().length) {
      <div class="alert alert--error" role="alert" [attr.data-testid]="testId() || null">
        @for (e of shown(); track $index) {
          <p>{{ e }}</p>
        }
        @if (action()?.stale() && action()?.canReload) {
          <button class="button" type="button" data-testid="stale-reload" (click)="action()?.reload()">
            {{ t().reload }}
          </button>
        }
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormErrors {
  /** The write whose errors to show. */
  readonly action = input<Action | null>(null);
  /** Messages of the screen's own, shown when there is no action or after its messages. */
  readonly messages = input<readonly string[]>([]);
  readonly testId = input<string>('');
  protected readonly t = injectMessages(MESSAGES);
  protected readonly shown = computed(() => [...(this.action()?.messages() ?? []), ...this.messages()]);
}

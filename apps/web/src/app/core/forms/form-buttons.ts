import { booleanAttribute, ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { COMMON } from '../i18n/common.messages';
import { injectMessages } from '../i18n/translate';

/**
 * The end of an edit form: submit ("Guardar", "Guardando…" while busy) and cancel. Put it inside
 * the `<form>`, whose `(ngSubmit)` the submit button triggers.
 */
@Component({
  selector: 'app-form-buttons',
  imports: [MatButtonModule],
  template: `
    <div class="form-actions" [class.span-2]="wide()">
      <button mat-flat-button type="submit" [disabled]="busy()">
        {{ busy() ? c().saving : submitLabel() || c().save }}
      </button>
      <button mat-button type="button" (click)="cancelled.emit()">
        {{ c().cancel }}
      </button>
    </div>
  `,
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FormButtons {
  readonly busy = input(false);
  /** The submit button's word when not "Guardar" (e.g. "Crear"). */
  readonly submitLabel = input('');
  /** Takes both columns of a `form--grid`. */
  readonly wide = input(false, { transform: booleanAttribute });
  readonly cancelled = output();
  protected readonly c = injectMessages(COMMON);
}

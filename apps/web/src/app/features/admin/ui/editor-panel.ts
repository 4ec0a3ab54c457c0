import { ChangeDetectionStrategy, Component, ElementRef, input, viewChild } from '@angular/core';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';

/**
 * The panel an admin list opens above itself to create or edit one row: its heading (which
 * takes focus, so that keyboard and screen-reader users land where the work is), the write's
 * errors, and the form (projected).
 */
@Component({
  selector: 'app-editor-panel',
  imports: [FormErrors],
  template: `
    <section class="panel" [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()" tabindex="-1" #heading>{{ title() }}</h2>
      <app-form-errors [action]="action()" />
      <ng-content />
    </section>
  `,
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorPanel {
  readonly title = input.required<string>();
  readonly headingId = input.required<string>();
  readonly action = input.required<Action>();
  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');

  /** Moves focus to the heading (call it once the panel is on screen). */
  focus(): void {
    this.heading()?.nativeElement.focus();
  }
}

import { booleanAttribute, ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * A labelled field of the public site's plain forms (no Material: they render on the server and
 * work before hydration): the label around the projected input (whose id is `controlId`), an
 * optional hint and the field's error. The input keeps its own bindings (`formControlName`,
 * `aria-describedby` naming `hintId` or `errorId`).
 */
@Component({
  selector: 'app-public-field',
  template: `
    <label class="field" [for]="controlId()">
      <span>{{ label() }}{{ required() ? ' *' : '' }}</span>
      <ng-content />
      @if (hint()) {
        <span class="small muted" [attr.id]="hintId()">{{ hint() }}</span>
      }
      @if (error()) {
        <span class="field-error" [attr.id]="errorId()">{{ error() }}</span>
      }
    </label>
  `,
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PublicField {
  readonly label = input.required<string>();
  readonly controlId = input.required<string>();
  /** Marks the label with " *" (the form says what the star means). */
  readonly required = input(false, { transform: booleanAttribute });
  readonly hint = input('');
  readonly hintId = input<string | null>(null);
  readonly error = input('');
  readonly errorId = input<string | null>(null);
}

import { ChangeDetectionStrategy, Component, input, model } from '@angular/core';

/**
 * One labelled native input of the agenda's compact panels (a rejection reason, a decision, a
 * comment, an action item's what and due date) whose value is a signal, sent with a button
 * rather than a form: with `rows` a textarea, else an input of `type`.
 *
 * `<app-plain-field fieldId="reason-1" [label]="…" [rows]="2" [maxlength]="…" [(value)]="reason" testId="…" />`
 */
@Component({
  selector: 'app-plain-field',
  template: `
    <label class="field" [for]="fieldId()">{{ label() }}</label>
    @if (rows(); as rows) {
      <textarea
        class="input"
        [rows]="rows"
        [id]="fieldId()"
        [attr.maxlength]="maxlength()"
        [value]="value()"
        (input)="value.set($any($event.target).value)"
        [attr.data-testid]="testId()"
      ></textarea>
    } @else {
      <input
        class="input"
        [type]="type()"
        [id]="fieldId()"
        [attr.maxlength]="maxlength()"
        [value]="value()"
        (input)="value.set($any($event.target).value)"
        [attr.data-testid]="testId()"
      />
    }
  `,
  styleUrl: './controls.css',
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlainField {
  /** The control's id (the label's `for`). */
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly testId = input.required<string>();
  /** A textarea of this many rows instead of a one-line input. */
  readonly rows = input<number | null>(null);
  readonly type = input<'text' | 'date'>('text');
  readonly maxlength = input<number | null>(null);
  readonly value = model('');
}

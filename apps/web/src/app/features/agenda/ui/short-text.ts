import {
  ChangeDetectionStrategy,
  Component,
  input,
  model,
} from '@angular/core';

/**
 * A short text the agenda's panels send with one button (a rejection reason, a decision, a
 * comment): its label and a two-row textarea whose value is a signal
 * (`<app-short-text fieldId="reason-1" [label]="…" [maxlength]="…" [(value)]="reason" testId="…" />`).
 */
@Component({
  selector: 'app-short-text',
  template: `
    <label class="field" [for]="fieldId()">{{ label() }}</label>
    <textarea
      class="input"
      rows="2"
      [id]="fieldId()"
      [attr.maxlength]="maxlength()"
      [value]="value()"
      (input)="value.set($any($event.target).value)"
      [attr.data-testid]="testId()"
    ></textarea>
  `,
  styleUrl: './controls.css',
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortText {
  /** The textarea's id (the label's `for`). */
  readonly fieldId = input.required<string>();
  readonly label = input.required<string>();
  readonly maxlength = input.required<number>();
  readonly testId = input.required<string>();
  readonly value = model('');
}

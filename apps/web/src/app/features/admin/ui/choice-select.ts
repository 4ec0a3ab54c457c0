import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/**
 * A compact native select that changes one value of a table row at once (a membership's role
 * or clearance): it shows `value` among `options`, worded by `optionText`, and emits the option
 * chosen (typed; anything else is ignored). `label` names it for screen readers.
 */
@Component({
  selector: 'app-choice-select',
  template: `
    <select
      class="native-select"
      [attr.aria-label]="label()"
      [value]="value()"
      [disabled]="disabled()"
      (change)="pick($event)"
    >
      @for (option of options(); track option) {
        <option [value]="option" [selected]="option === value()">
          {{ optionText()(option) }}
        </option>
      }
    </select>
  `,
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChoiceSelect<T extends string> {
  readonly options = input.required<readonly T[]>();
  readonly value = input.required<T>();
  readonly optionText = input.required<(option: T) => string>();
  readonly label = input.required<string>();
  readonly disabled = input(false);
  readonly chosen = output<T>();

  protected pick(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    const option = this.options().find((o) => o === value);
    if (option) this.chosen.emit(option);
  }
}

// The one date field and the one time field of the app's forms: dd/mm/aaaa with a calendar
// button, and 24-hour hh:mm, whatever the browser's locale (see plain-date.ts, time-input.ts).
// Each takes the form's own FormControl, so the form keeps its values ("2026-12-05", "09:00"),
// validation and touched state; the message under the field is the control's first error.
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { FieldBase } from './field-base';
import { MAX_DATE, MIN_DATE, providePlainDates } from './plain-date';
import { TimeInput } from './time-input';

const FIELD_STYLES = `
  :host { display: block; min-width: 0; }
  mat-form-field { width: 100%; }
`;

@Component({
  selector: 'app-date-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, MatDatepickerModule],
  providers: [providePlainDates()],
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [matDatepicker]="picker"
        [formControl]="control()"
        [min]="min"
        [max]="max"
        [placeholder]="c().datePattern"
        [required]="required()"
        [attr.data-testid]="testIdAttr()"
      />
      <mat-datepicker-toggle matIconSuffix [for]="picker" />
      <mat-datepicker #picker />
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ error() }}</mat-error>
    </mat-form-field>
  `,
  styles: FIELD_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DateField extends FieldBase {
  protected readonly min = MIN_DATE;
  protected readonly max = MAX_DATE;
}

@Component({
  selector: 'app-time-field',
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TimeInput],
  template: `
    <mat-form-field>
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        appTime24
        type="text"
        placeholder="hh:mm"
        [formControl]="control()"
        [required]="required()"
        [attr.data-testid]="testIdAttr()"
      />
      @if (hint()) {
        <mat-hint>{{ hint() }}</mat-hint>
      }
      <mat-error>{{ error() }}</mat-error>
    </mat-form-field>
  `,
  styles: FIELD_STYLES,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TimeField extends FieldBase {}

import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { Action } from '../../../core/api/action';
import { FormErrors } from '../../../core/forms/form-errors';
import { NarrowPage } from '../../../core/layout/narrow-page';
import { AuthDone } from './auth-done';

/**
 * The frame of a password page that asks for one thing once (a reset link, a new password):
 * the narrow page, the write's errors, anything the page adds under them (projected with the
 * `notice` attribute), the form with its fields (projected) and its submit button; once `done`,
 * only what was done and the way back to signing in (`<app-auth-done>`).
 */
@Component({
  selector: 'app-one-step-form',
  imports: [ReactiveFormsModule, MatButtonModule, NarrowPage, AuthDone, FormErrors],
  template: `
    <app-narrow-page [title]="title()" [lead]="done() ? '' : lead()">
      @if (done()) {
        <app-auth-done [text]="doneText()" [testId]="doneTestId()" />
      } @else {
        <app-form-errors [action]="action()" />
        <ng-content select="[notice]" />
        <form [formGroup]="form()" (ngSubmit)="submitted.emit()" novalidate class="form">
          <ng-content />
          <button mat-flat-button type="submit" [disabled]="action().busy()">
            {{ submitLabel() }}
          </button>
        </form>
      }
    </app-narrow-page>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OneStepForm {
  readonly title = input.required<string>();
  /** Shown until the work is done. */
  readonly lead = input.required<string>();
  readonly form = input.required<FormGroup>();
  readonly action = input.required<Action>();
  readonly submitLabel = input.required<string>();
  readonly done = input.required<boolean>();
  readonly doneText = input.required<string>();
  readonly doneTestId = input.required<string>();
  readonly submitted = output();
}

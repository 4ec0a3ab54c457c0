import { ChangeDetectionStrategy, Component, inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { COMMON } from '../i18n/common.messages';
import { injectMessages } from '../i18n/translate';

/** What a consequential action asks before it is done. Every text is already in the reader's language. */
export interface ConfirmRequest {
  title: string;
  /** What will happen, in one or two sentences. */
  message?: string;
  /** Who will be told ("Se notificará a …"). */
  notify?: string;
  /** Reasons to think twice (agencies that have not answered, a deadline not yet passed). */
  warnings?: readonly string[];
  /** Details of the warnings, one line each (the clashing meetings). */
  details?: readonly string[];
  /** The confirming button's words: the action itself ("Programar"), never "Aceptar". */
  confirm: string;
  /** The declining button's words; "Cancelar" when left out. */
  cancel?: string;
  /** A destructive action: the confirming button is red. */
  danger?: boolean;
  /** `data-testid` of the dialog; its buttons get `<id>-yes` and `<id>-no`. */
  testId?: string;
}

/** The one confirmation dialog of the app (Material dialog: focus trapped, Esc declines, focus returns). */
@Component({
  selector: 'app-confirm-dialog',
  host: { '[attr.data-testid]': 'testId' },
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title id="confirm-title">{{ data.title }}</h2>
    <mat-dialog-content class="confirm-body" [attr.data-testid]="testId + '-body'">
      @if (data.message) {
        <p>{{ data.message }}</p>
      }
      @for (w of data.warnings ?? []; track $index) {
        <p class="alert alert--error confirm-warning">{{ w }}</p>
      }
      @if (data.details?.length) {
        <ul class="confirm-details">
          @for (d of data.details; track $index) {
            <li>{{ d }}</li>
          }
        </ul>
      }
      @if (data.notify) {
        <p class="muted">{{ data.notify }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" [attr.data-testid]="testId + '-no'">
        {{ data.cancel ?? c().cancel }}
      </button>
      <button
        mat-flat-button
        type="button"
        [class.danger]="data.danger"
        [mat-dialog-close]="true"
        [attr.data-testid]="testId + '-yes'"
      >
        {{ data.confirm }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .confirm-body p {
      margin: 0 0 0.75rem;
      overflow-wrap: anywhere;
    }
    .confirm-details {
      margin: 0 0 0.75rem;
      padding-inline-start: 1.25rem;
      overflow-wrap: anywhere;
    }
    .danger {
      --mat-button-filled-container-color: var(--danger);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmRequest>(MAT_DIALOG_DATA);
  protected readonly c = injectMessages(COMMON);
  protected readonly testId = this.data.testId ?? 'confirm-dialog';
}

/** Asks a `ConfirmRequest` in the shared dialog; resolves true only when the action is confirmed. */
@Injectable({ providedIn: 'root' })
export class Confirm {
  private readonly dialog = inject(MatDialog);

  async ask(request: ConfirmRequest): Promise<boolean> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmRequest, boolean>(ConfirmDialog, {
      data: request,
      role: 'alertdialog',
      ariaLabelledBy: 'confirm-title',
      maxWidth: 'min(36rem, calc(100vw - 2rem))',
      // The first button is the one that changes nothing: an Enter pressed by habit is harmless.
      autoFocus: 'first-tabbable',
      restoreFocus: true,
    });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}

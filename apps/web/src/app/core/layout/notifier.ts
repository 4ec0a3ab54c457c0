import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { COMMON } from '../i18n/common.messages';
import { I18n } from '../i18n/i18n.service';

/** Short confirmations ("Cambios guardados."). The snack bar announces them to screen readers. */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18n);

  done(message: string): void {
    // The action's text is its accessible name: a word, not a "✕" read out as "multiplication".
    this.snackBar.open(message, COMMON[this.i18n.lang()].close, {
      duration: 4000,
      politeness: 'polite',
    });
  }
}

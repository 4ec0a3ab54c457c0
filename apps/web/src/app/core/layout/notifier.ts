import { Injectable, Injector, inject } from '@angular/core';
import type { MatSnackBar } from '@angular/material/snack-bar';
import { COMMON } from '../i18n/common.messages';
import { I18n } from '../i18n/i18n.service';

/**
 * Short confirmations ("Cambios guardados."). The snack bar announces them to screen readers.
 * Material's snack bar (with the CDK overlay it stands on) is fetched on the first message, not
 * with the page: Action uses the notifier, and the public comment forms use Action, so a static
 * import would put the snack bar on every public page (issue #12's 150 KB).
 */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly injector = inject(Injector);
  private readonly i18n = inject(I18n);
  private snackBar: Promise<MatSnackBar> | null = null;

  done(message: string): void {
    this.snackBar ??= import('@angular/material/snack-bar').then((m) =>
      this.injector.get(m.MatSnackBar),
    );
    void this.snackBar.then(
      (snackBar) =>
        // The action's text is its accessible name: a word, not a "✕" read out as "multiplication".
        snackBar.open(message, COMMON[this.i18n.lang()].close, {
          duration: 4000,
          politeness: 'polite',
        }),
      (err: unknown) => {
        // The chunk could not be fetched (offline): the change is saved; only the toast is lost.
        this.snackBar = null;
        console.error(err);
      },
    );
  }
}

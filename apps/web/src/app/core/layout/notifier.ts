import { DestroyRef, Injectable, Injector, type Type, inject } from '@angular/core';
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
  private snackBarType: Promise<Type<MatSnackBar>> | null = null;
  /** The injector may go while the chunk loads (a test's ends; the app's never does before). */
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => (this.destroyed = true));
  }

  done(message: string): void {
    this.snackBarType ??= import('@angular/material/snack-bar').then((m) => m.MatSnackBar);
    void this.snackBarType.then(
      (type) => {
        if (this.destroyed) return;
        // The action's text is its accessible name: a word, not a "✕" read out as "multiplication".
        this.injector.get(type).open(message, COMMON[this.i18n.lang()].close, {
          duration: 4000,
          politeness: 'polite',
        });
      },
      (err: unknown) => {
        // The chunk could not be fetched (offline): the change is saved; only the toast is lost.
        this.snackBarType = null;
        console.error(err);
      },
    );
  }
}

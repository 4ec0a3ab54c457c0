import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { BlockDto } from '@cumbre/contracts';
import { Action } from '../../../core/api/action';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { FormErrors } from '../../../core/forms/form-errors';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { fill, FillPipe, injectMessages } from '../../../core/i18n/translate';
import { Confirm } from '../../../core/layout/confirm-dialog';
import { PageHead } from '../../../core/layout/page-head';
import { pageTitle } from '../../../core/layout/page-title';
import { ModerationApi } from '../data-access/moderation-api';
import { BLOCKS_MESSAGES } from './blocks.messages';

/** `/app/moderacion/bloqueos`: blocked e-mail addresses and IPs, and the words blocklist. */
@Component({
  selector: 'app-moderation-blocks-page',
  imports: [RouterLink, MatButtonModule, PageHead, FormErrors, LoadState, FillPipe, AppDatePipe],
  templateUrl: './moderation-blocks.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ModerationBlocksPage {
  protected readonly t = injectMessages(BLOCKS_MESSAGES);
  protected readonly blocks = new Loader<BlockDto[]>();
  protected readonly words = new Loader<string[]>();
  protected readonly blockWrite = new Action({ labels: () => ({ value: this.t().value }) });
  protected readonly wordWrite = new Action({ labels: () => ({ word: this.t().word }) });
  protected readonly listWrite = new Action({ reload: () => void this.reload() });
  protected readonly target = signal<'email' | 'ip'>('email');
  protected readonly value = signal('');
  protected readonly word = signal('');
  /** A field left empty, shown under it until the moderator types. */
  protected readonly missing = signal<'value' | 'word' | null>(null);
  private readonly api = inject(ModerationApi);
  private readonly confirm = inject(Confirm);

  constructor() {
    pageTitle(() => this.t().title);
    void this.reload();
  }

  protected typed(field: 'value' | 'word', event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    (field === 'value' ? this.value : this.word).set(text);
    if (text.trim()) this.missing.set(null);
  }

  protected chooseTarget(event: Event): void {
    this.target.set((event.target as HTMLSelectElement).value === 'ip' ? 'ip' : 'email');
  }

  protected async block(event: Event): Promise<void> {
    event.preventDefault();
    const value = this.value().trim();
    if (!value) return this.missing.set('value');
    const done = await this.blockWrite.run(() => this.api.block({ target: this.target(), value }), {
      done: this.t().blocked,
    });
    if (done) {
      this.value.set('');
      await this.blocks.run(() => this.api.blocks());
    }
  }

  protected async unblock(b: BlockDto): Promise<void> {
    const ok = await this.confirm.ask({
      title: fill(this.t().confirmUnblock, { value: b.value }),
      message: this.t().confirmUnblockBody,
      confirm: this.t().unblock,
      testId: 'confirm-unblock',
    });
    if (!ok) return;
    const done = await this.listWrite.run(
      async () => {
        await this.api.unblock(b.id);
        return true;
      },
      { done: this.t().unblocked },
    );
    if (done) await this.blocks.run(() => this.api.blocks());
  }

  protected async addWord(event: Event): Promise<void> {
    event.preventDefault();
    const word = this.word().trim();
    if (!word) return this.missing.set('word');
    const list = await this.wordWrite.run(() => this.api.addWord(word), { done: this.t().wordAdded });
    if (list) {
      this.word.set('');
      this.words.value.set(list);
    }
  }

  protected async removeWord(word: string): Promise<void> {
    const list = await this.listWrite.run(() => this.api.removeWord(word), { done: this.t().wordRemoved });
    if (list) this.words.value.set(list);
  }

  private async reload(): Promise<void> {
    await Promise.all([this.blocks.run(() => this.api.blocks()), this.words.run(() => this.api.words())]);
  }
}

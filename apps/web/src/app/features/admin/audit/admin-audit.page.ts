import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { AuditEventDto, Page } from '@cumbre/contracts';
import { debounceTime, distinctUntilChanged } from 'rxjs';
import { AuditApi } from '../data-access/audit-api';
import { Loader } from '../../../core/api/loader';
import { LoadState } from '../../../core/api/load-state';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { COMMON } from '../../../core/i18n/common.messages';
import { injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { Pager } from '../../../core/layout/pager';
import { ADMIN_MESSAGES } from '../admin.messages';
import { AUDIT_LABELS, auditActionText, auditObjectText } from './audit-labels';

const PAGE_SIZE = 50;

@Component({
  selector: 'app-admin-audit-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatInputModule,
    AppDatePipe,
    Pager,
    LoadState,
  ],
  templateUrl: './admin-audit.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminAuditPage {
  private readonly api = inject(AuditApi);
  protected readonly t = injectMessages(ADMIN_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  private readonly labels = injectMessages(AUDIT_LABELS);
  protected readonly events = new Loader<Page<AuditEventDto>>();
  protected readonly action = new FormControl('', {
    nonNullable: true,
    validators: Validators.maxLength(100),
  });
  protected readonly offset = signal(0);
  protected readonly pageSize = PAGE_SIZE;

  constructor() {
    pageTitle(() => this.t().auditTitle);
    this.action.valueChanges
      .pipe(
        debounceTime(300),
        distinctUntilChanged(),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => this.goTo(0));
    this.load();
  }

  protected goTo(offset: number): void {
    this.offset.set(offset);
    this.load();
  }

  protected actionText(action: string): string {
    return auditActionText(this.labels(), action);
  }

  protected objectText(type: string): string {
    return auditObjectText(this.labels(), type);
  }

  protected details(event: AuditEventDto): string {
    return Object.keys(event.details ?? {}).length
      ? JSON.stringify(event.details, null, 2)
      : '';
  }

  private load(): void {
    const action = this.action.valid ? this.action.value.trim() : '';
    void this.events.run(() =>
      this.api.list({
        action: action || undefined,
        limit: PAGE_SIZE,
        offset: this.offset(),
      }),
    );
  }
}

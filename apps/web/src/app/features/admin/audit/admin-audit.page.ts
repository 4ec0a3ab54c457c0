import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import type { AuditEventDto } from '@cumbre/contracts';
import { AuditApi } from '../data-access/audit-api';
import { PagedSearch } from '../../../core/api/paged-search';
import { TextField } from '../../../core/forms/text-field';
import { PagedResults, PageRows } from '../../../core/api/paged-results';
import { AppDatePipe } from '../../../core/i18n/app-date.pipe';
import { COMMON } from '../../../core/i18n/common.messages';
import { injectMessages } from '../../../core/i18n/translate';
import { pageTitle } from '../../../core/layout/page-title';
import { ADMIN_MESSAGES } from '../admin.messages';
import { AUDIT_LABELS, auditActionText, auditObjectText } from './audit-labels';

const PAGE_SIZE = 50;

@Component({
  selector: 'app-admin-audit-page',
  imports: [TextField, AppDatePipe, PagedResults, PageRows],
  templateUrl: './admin-audit.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminAuditPage {
  private readonly api = inject(AuditApi);
  protected readonly t = injectMessages(ADMIN_MESSAGES);
  protected readonly c = injectMessages(COMMON);
  private readonly labels = injectMessages(AUDIT_LABELS);
  /** Filtered by the action's name (`meeting.updated`). */
  protected readonly events = new PagedSearch<AuditEventDto>(
    ({ text, ...page }) => this.api.list({ action: text, ...page }),
    { pageSize: PAGE_SIZE, debounce: 300 },
  );

  constructor() {
    pageTitle(() => this.t().auditTitle);
    this.events.reload();
  }

  protected actionText(action: string): string {
    return auditActionText(this.labels(), action);
  }

  protected objectText(type: string): string {
    return auditObjectText(this.labels(), type);
  }

  protected details(event: AuditEventDto): string {
    return Object.keys(event.details ?? {}).length ? JSON.stringify(event.details, null, 2) : '';
  }
}

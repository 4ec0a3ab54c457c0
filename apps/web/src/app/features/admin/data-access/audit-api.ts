import { inject, Injectable } from '@angular/core';
import type { AuditEventDto, AuditQuery, Page } from '@cumbre/contracts';
import { ApiHttp } from '../../../core/api/http';

/** The audit trail (admins only). */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(ApiHttp);

  list(query: AuditQuery = {}): Promise<Page<AuditEventDto>> {
    return this.http.get('/api/audit', { query });
  }
}

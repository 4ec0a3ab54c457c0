import { inject, Injectable } from '@angular/core';
import type {
  AgencyDirectoryEntry,
  AgencyDto,
  AgencyListQuery,
  AgencyMemberDto,
  CreateAgencyRequest,
  CreateSharingGroupRequest,
  Page,
  SharingGroupDto,
  SharingGroupListQuery,
  UpdateAgencyRequest,
  UpdateSharingGroupRequest,
} from '@cumbre/contracts';
import { apiPath, ApiHttp } from '../../../core/api/http';

/** Agencies and sharing groups: the directory everyone reads, the changes admins make. */
@Injectable({ providedIn: 'root' })
export class AgenciesApi {
  private readonly http = inject(ApiHttp);

  list(query: AgencyListQuery = {}): Promise<Page<AgencyDirectoryEntry>> {
    return this.http.get('/api/agencies', { query });
  }

  get(id: string): Promise<AgencyDirectoryEntry> {
    return this.http.get(apiPath('agencies', id));
  }

  /**
   * Enabled members and their roles, leaders first. Only the agency's own members and admins
   * may ask; anyone else gets 403.
   */
  members(id: string): Promise<AgencyMemberDto[]> {
    return this.http.get(`${apiPath('agencies', id)}/members`);
  }

  create(body: CreateAgencyRequest): Promise<AgencyDto> {
    return this.http.post('/api/agencies', body);
  }

  update(id: string, body: UpdateAgencyRequest): Promise<AgencyDto> {
    return this.http.patch(apiPath('agencies', id), body);
  }

  listGroups(
    query: SharingGroupListQuery = {},
  ): Promise<Page<SharingGroupDto>> {
    return this.http.get('/api/sharing-groups', { query });
  }

  createGroup(body: CreateSharingGroupRequest): Promise<SharingGroupDto> {
    return this.http.post('/api/sharing-groups', body);
  }

  updateGroup(
    id: string,
    body: UpdateSharingGroupRequest,
  ): Promise<SharingGroupDto> {
    return this.http.patch(apiPath('sharing-groups', id), body);
  }
}

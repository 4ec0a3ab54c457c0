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

/** The page size that reads a whole list of agencies or groups at once. */
const ALL = 500;

/** Agencies and sharing groups: the directory everyone reads, the changes admins make. */
@Injectable({ providedIn: 'root' })
export class AgenciesApi {
  private readonly http = inject(ApiHttp);

  list(query: AgencyListQuery = {}): Promise<Page<AgencyDirectoryEntry>> {
    return this.http.get('/api/agencies', { query });
  }

  /** Every agency (or, with `query`, every match): the directory is small enough for one page. */
  all(query: Omit<AgencyListQuery, 'limit' | 'offset'> = {}): Promise<Page<AgencyDirectoryEntry>> {
    return this.list({ ...query, limit: ALL });
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

  listGroups(query: SharingGroupListQuery = {}): Promise<Page<SharingGroupDto>> {
    return this.http.get('/api/sharing-groups', { query });
  }

  /** Every sharing group, in one page. */
  allGroups(): Promise<Page<SharingGroupDto>> {
    return this.listGroups({ limit: ALL });
  }

  createGroup(body: CreateSharingGroupRequest): Promise<SharingGroupDto> {
    return this.http.post('/api/sharing-groups', body);
  }

  updateGroup(id: string, body: UpdateSharingGroupRequest): Promise<SharingGroupDto> {
    return this.http.patch(apiPath('sharing-groups', id), body);
  }
}

import { HttpClient, HttpContext } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AgencyDirectoryEntry,
  AgencyDto,
  AgencyListQuery,
  AgencyMemberDto,
  AuditEventDto,
  AuditQuery,
  ChangePasswordRequest,
  CreateAgencyRequest,
  CreateMembershipRequest,
  CreateSharingGroupRequest,
  CreateUserRequest,
  MeDto,
  MembershipDto,
  Page,
  SharingGroupDto,
  SharingGroupListQuery,
  SignInRequest,
  UpdateAgencyRequest,
  UpdateMembershipRequest,
  UpdateSharingGroupRequest,
  UpdateUserRequest,
  UserDto,
  UserListQuery,
} from '@cumbre/contracts';
import { send, toParams } from './http';
import { SILENT_AUTH_FAILURE } from './http-context';

/**
 * The one typed door to the API. Every shape comes from @cumbre/contracts. URLs are relative
 * ('/api/...') on purpose: Angular adds the X-XSRF-TOKEN header only to same-origin requests.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  // --- auth
  signIn(body: SignInRequest): Promise<MeDto> {
    return send(this.http.post<MeDto>('/api/auth/login', body));
  }

  /** Resolves null instead of redirecting when nobody is signed in. */
  me(): Promise<MeDto> {
    return send(
      this.http.get<MeDto>('/api/auth/me', {
        context: new HttpContext().set(SILENT_AUTH_FAILURE, true),
      }),
    );
  }

  signOut(): Promise<unknown> {
    return send(this.http.post('/api/auth/logout', null));
  }

  changePassword(body: ChangePasswordRequest): Promise<unknown> {
    return send(this.http.post('/api/auth/password', body));
  }

  // --- agencies and sharing groups
  listAgencies(
    query: AgencyListQuery = {},
  ): Promise<Page<AgencyDirectoryEntry>> {
    return send(
      this.http.get<Page<AgencyDirectoryEntry>>('/api/agencies', {
        params: toParams(query),
      }),
    );
  }

  getAgency(id: string): Promise<AgencyDirectoryEntry> {
    return send(
      this.http.get<AgencyDirectoryEntry>(
        `/api/agencies/${encodeURIComponent(id)}`,
      ),
    );
  }

  /**
   * Enabled members and their roles, leaders first. Only the agency's own members and admins
   * may ask; anyone else gets 403.
   */
  listAgencyMembers(id: string): Promise<AgencyMemberDto[]> {
    return send(
      this.http.get<AgencyMemberDto[]>(
        `/api/agencies/${encodeURIComponent(id)}/members`,
      ),
    );
  }

  createAgency(body: CreateAgencyRequest): Promise<AgencyDto> {
    return send(this.http.post<AgencyDto>('/api/agencies', body));
  }

  updateAgency(id: string, body: UpdateAgencyRequest): Promise<AgencyDto> {
    return send(
      this.http.patch<AgencyDto>(
        `/api/agencies/${encodeURIComponent(id)}`,
        body,
      ),
    );
  }

  listSharingGroups(
    query: SharingGroupListQuery = {},
  ): Promise<Page<SharingGroupDto>> {
    return send(
      this.http.get<Page<SharingGroupDto>>('/api/sharing-groups', {
        params: toParams(query),
      }),
    );
  }

  createSharingGroup(
    body: CreateSharingGroupRequest,
  ): Promise<SharingGroupDto> {
    return send(this.http.post<SharingGroupDto>('/api/sharing-groups', body));
  }

  updateSharingGroup(
    id: string,
    body: UpdateSharingGroupRequest,
  ): Promise<SharingGroupDto> {
    return send(
      this.http.patch<SharingGroupDto>(
        `/api/sharing-groups/${encodeURIComponent(id)}`,
        body,
      ),
    );
  }

  // --- users and memberships (admin)
  listUsers(query: UserListQuery = {}): Promise<Page<UserDto>> {
    return send(
      this.http.get<Page<UserDto>>('/api/users', { params: toParams(query) }),
    );
  }

  getUser(id: string): Promise<UserDto> {
    return send(this.http.get<UserDto>(`/api/users/${encodeURIComponent(id)}`));
  }

  createUser(body: CreateUserRequest): Promise<UserDto> {
    return send(this.http.post<UserDto>('/api/users', body));
  }

  updateUser(id: string, body: UpdateUserRequest): Promise<UserDto> {
    return send(
      this.http.patch<UserDto>(`/api/users/${encodeURIComponent(id)}`, body),
    );
  }

  addMembership(
    userId: string,
    body: CreateMembershipRequest,
  ): Promise<MembershipDto> {
    return send(
      this.http.post<MembershipDto>(
        `/api/users/${encodeURIComponent(userId)}/memberships`,
        body,
      ),
    );
  }

  updateMembership(
    id: string,
    body: UpdateMembershipRequest,
  ): Promise<MembershipDto> {
    return send(
      this.http.patch<MembershipDto>(
        `/api/memberships/${encodeURIComponent(id)}`,
        body,
      ),
    );
  }

  removeMembership(id: string): Promise<unknown> {
    return send(this.http.delete(`/api/memberships/${encodeURIComponent(id)}`));
  }

  // --- audit (admin)
  listAudit(query: AuditQuery = {}): Promise<Page<AuditEventDto>> {
    return send(
      this.http.get<Page<AuditEventDto>>('/api/audit', {
        params: toParams(query),
      }),
    );
  }
}

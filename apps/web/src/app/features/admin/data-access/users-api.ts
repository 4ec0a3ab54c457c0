import { inject, Injectable } from '@angular/core';
import type {
  CreateMembershipRequest,
  CreateUserRequest,
  MembershipDto,
  Page,
  UpdateMembershipRequest,
  UpdateUserRequest,
  UserDto,
  UserListQuery,
} from '@cumbre/contracts';
import { apiPath, ApiHttp } from '../../../core/api/http';

/** Users and their memberships (admins only). */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(ApiHttp);

  list(query: UserListQuery = {}): Promise<Page<UserDto>> {
    return this.http.get('/api/users', { query });
  }

  get(id: string): Promise<UserDto> {
    return this.http.get(apiPath('users', id));
  }

  create(body: CreateUserRequest): Promise<UserDto> {
    return this.http.post('/api/users', body);
  }

  update(id: string, body: UpdateUserRequest): Promise<UserDto> {
    return this.http.patch(apiPath('users', id), body);
  }

  addMembership(userId: string, body: CreateMembershipRequest): Promise<MembershipDto> {
    return this.http.post(`${apiPath('users', userId)}/memberships`, body);
  }

  updateMembership(id: string, body: UpdateMembershipRequest): Promise<MembershipDto> {
    return this.http.patch(apiPath('memberships', id), body);
  }

  removeMembership(id: string): Promise<unknown> {
    return this.http.delete(apiPath('memberships', id));
  }
}

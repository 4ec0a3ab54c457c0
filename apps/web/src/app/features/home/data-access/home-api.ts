import { inject, Injectable } from '@angular/core';
import type { HomeDto } from '@cumbre/contracts';
import { ApiHttp } from '../../../core/api/http';

/** The home page's data: the signed-in user's work, in one request. */
@Injectable({ providedIn: 'root' })
export class HomeApi {
  private readonly http = inject(ApiHttp);

  get(): Promise<HomeDto> {
    return this.http.get('/api/home');
  }
}

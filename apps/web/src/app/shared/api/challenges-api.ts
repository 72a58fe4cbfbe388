import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  Challenge,
  ChallengeListState,
  ChallengeSummary,
  CreateChallengeRequest,
  Organisation,
  Page,
  PublishChallengeResponse,
  UpdateChallengeRequest,
} from '@challenge/contract';
import { Observable } from 'rxjs';

const BASE = '/api/v1/challenges';
const path = (id: string): string => `${BASE}/${encodeURIComponent(id)}`;

/** The challenge API, typed with the shared contract. Errors arrive as ApiError (see the error interceptor). */
@Injectable({ providedIn: 'root' })
export class ChallengesApi {
  private readonly http = inject(HttpClient);

  list(query: { state?: ChallengeListState; mine?: boolean; pageSize?: number }): Observable<Page<ChallengeSummary>> {
    let params = new HttpParams().set('pageSize', String(query.pageSize ?? 50));
    if (query.state) params = params.set('state', query.state);
    if (query.mine) params = params.set('mine', 'true');
    return this.http.get<Page<ChallengeSummary>>(BASE, { params });
  }

  get(id: string): Observable<Challenge> {
    return this.http.get<Challenge>(path(id));
  }

  create(body: CreateChallengeRequest): Observable<Challenge> {
    return this.http.post<Challenge>(BASE, body);
  }

  update(id: string, body: UpdateChallengeRequest): Observable<Challenge> {
    return this.http.patch<Challenge>(path(id), body);
  }

  publish(id: string): Observable<PublishChallengeResponse> {
    return this.http.post<PublishChallengeResponse>(`${path(id)}/publish`, {});
  }

  /** Sets the cover image (multipart field `file`); the API checks its type and size. */
  uploadCover(id: string, file: File): Observable<Challenge> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.put<Challenge>(`${path(id)}/cover`, body);
  }

  removeCover(id: string): Observable<void> {
    return this.http.delete<void>(`${path(id)}/cover`);
  }

  organisations(): Observable<Organisation[]> {
    return this.http.get<Organisation[]>('/api/v1/organisations');
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  ImplementationUpdate,
  ImplementationUpdateInput,
  OverrideAwardRequest,
  Results,
} from '@challenge/contract';
import { Observable } from 'rxjs';

const challenge = (id: string): string => `/api/v1/challenges/${encodeURIComponent(id)}`;

/** The open-data downloads (Open Government Licence), served by the API on the app's origin. */
export const exportUrl = (challengeId: string, format: 'csv' | 'json'): string =>
  `${challenge(challengeId)}/export.${format}`;

/** Results, prize overrides, confirm and publish, and implementation updates on winning ideas. */
@Injectable({ providedIn: 'root' })
export class ResultsApi {
  private readonly http = inject(HttpClient);

  /** The published results, or (hosting councils' admins) the draft or confirmed ones before that. */
  get(challengeId: string): Observable<Results> {
    return this.http.get<Results>(`${challenge(challengeId)}/results`);
  }

  override(challengeId: string, prizeId: string, slot: number, body: OverrideAwardRequest): Observable<Results> {
    const path = `${challenge(challengeId)}/results/awards/${encodeURIComponent(prizeId)}/${slot}/override`;
    return this.http.post<Results>(path, body);
  }

  confirm(challengeId: string): Observable<Results> {
    return this.http.post<Results>(`${challenge(challengeId)}/results/confirm`, {});
  }

  publish(challengeId: string): Observable<Results> {
    return this.http.post<Results>(`${challenge(challengeId)}/results/publish`, {});
  }

  /** Every implementation update of the challenge's winning ideas, newest first. */
  updates(challengeId: string): Observable<ImplementationUpdate[]> {
    return this.http.get<ImplementationUpdate[]>(`${challenge(challengeId)}/updates`);
  }

  ideaUpdates(challengeId: string, ideaId: string): Observable<ImplementationUpdate[]> {
    return this.http.get<ImplementationUpdate[]>(
      `${challenge(challengeId)}/ideas/${encodeURIComponent(ideaId)}/updates`,
    );
  }

  postUpdate(challengeId: string, ideaId: string, body: ImplementationUpdateInput): Observable<ImplementationUpdate> {
    return this.http.post<ImplementationUpdate>(
      `${challenge(challengeId)}/ideas/${encodeURIComponent(ideaId)}/updates`,
      body,
    );
  }
}

import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { VoteFlagDecisionResponse, VoteFlagList } from '@challenge/contract';
import { Observable } from 'rxjs';

const API = '/api/v1';
const enc = encodeURIComponent;

/** Vote flags of a challenge and the decisions on them (hosting council admins). Errors arrive as ApiError. */
@Injectable({ providedIn: 'root' })
export class VoteFlagsApi {
  private readonly http = inject(HttpClient);

  flags(challengeId: string): Observable<VoteFlagList> {
    return this.http.get<VoteFlagList>(`${API}/challenges/${enc(challengeId)}/vote-flags`);
  }

  decideFlag(
    challengeId: string,
    flagId: string,
    action: 'invalidate' | 'restore',
    reason: string,
  ): Observable<VoteFlagDecisionResponse> {
    return this.http.post<VoteFlagDecisionResponse>(
      `${API}/challenges/${enc(challengeId)}/vote-flags/${enc(flagId)}/${action}`,
      { reason },
    );
  }
}

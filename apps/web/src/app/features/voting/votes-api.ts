import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  MyVotes,
  NextPair,
  PairAnswerRequest,
  PairAnswerResponse,
  PairwiseScores,
  VoteReceipt,
} from '@challenge/contract';
import { Observable, map } from 'rxjs';

const API = '/api/v1';
const enc = encodeURIComponent;

/** A support vote's answer: `created` is false when the vote was already there (200, nothing changed). */
export type CastVote = { created: boolean; receipt: VoteReceipt };

/** Support votes and pairwise comparisons, one method a route. Errors arrive as ApiError. */
@Injectable({ providedIn: 'root' })
export class VotesApi {
  private readonly http = inject(HttpClient);

  vote(ideaId: string): Observable<CastVote> {
    return this.http
      .put<VoteReceipt>(`${API}/ideas/${enc(ideaId)}/vote`, {}, { observe: 'response' })
      .pipe(map((response) => ({ created: response.status === 201, receipt: response.body as VoteReceipt })));
  }

  withdraw(ideaId: string): Observable<void> {
    return this.http.delete<void>(`${API}/ideas/${enc(ideaId)}/vote`);
  }

  myVotes(challengeId: string): Observable<MyVotes> {
    return this.http.get<MyVotes>(`${API}/challenges/${enc(challengeId)}/my-votes`);
  }

  nextPair(challengeId: string): Observable<NextPair> {
    return this.http.get<NextPair>(`${API}/challenges/${enc(challengeId)}/pairs/next`);
  }

  answerPair(challengeId: string, answer: PairAnswerRequest): Observable<PairAnswerResponse> {
    return this.http.post<PairAnswerResponse>(`${API}/challenges/${enc(challengeId)}/pairs`, answer);
  }

  pairwiseScores(challengeId: string): Observable<PairwiseScores> {
    return this.http.get<PairwiseScores>(`${API}/challenges/${enc(challengeId)}/pairwise-scores`);
  }
}
